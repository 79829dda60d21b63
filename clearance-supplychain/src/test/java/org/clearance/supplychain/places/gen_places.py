# Generates xinjiang-places.tsv from /work/shared/data/xinjiang_gazetteer.csv (see header of the output).
import csv, re, sys
SRC = '/work/shared/data/xinjiang_gazetteer.csv'
# Uyghur Arabic-script (UEY) names known to the author; each is checked in PlacesDataTest by
# UyghurScript.toLatin against the ULY column of the same row.
ARABIC = {
 '新疆维吾尔自治区': ['شىنجاڭ'], '乌鲁木齐市': ['ئۈرۈمچى'], '克拉玛依市': ['قاراماي'], '吐鲁番市': ['تۇرپان'],
 '哈密市': ['قۇمۇل'], '昌吉回族自治州': ['سانجى'], '博尔塔拉蒙古自治州': ['بۆرتالا'], '阿克苏地区': ['ئاقسۇ'],
 '喀什地区': ['قەشقەر'], '和田地区': ['خوتەن'], '伊犁哈萨克自治州': ['ئىلى'], '塔城地区': ['چۆچەك'],
 '阿勒泰地区': ['ئالتاي'], '鄯善县': ['پىچان'], '托克逊县': ['توقسۇن'], '巴里坤哈萨克自治县': ['باركۆل'],
 '库尔勒市': ['كورلا'], '库车市': ['كۇچار'], '温宿县': ['ئونسۇ'], '沙雅县': ['شايار'], '新和县': ['توقسۇ'],
 '乌什县': ['ئۇچتۇرپان'], '阿瓦提县': ['ئاۋات'], '柯坪县': ['كەلپىن'], '阿图什市': ['ئاتۇش'],
 '英吉沙县': ['يېڭىسار'], '泽普县': ['پوسكام'], '叶城县': ['قاغىلىق'], '麦盖提县': ['مەكىت'],
 '伽师县': ['پەيزىۋات'], '巴楚县': ['مارالبېشى'], '塔什库尔干塔吉克自治县': ['تاشقورغان'],
 '墨玉县': ['قاراقاش'], '皮山县': ['گۇما'], '策勒县': ['چىرا'], '于田县': ['كېرىيە'], '民丰县': ['نىيە'],
 '伊宁市': ['غۇلجا'], '奎屯市': ['كۈيتۇن'], '霍尔果斯市': ['قورغاس'], '乌苏市': ['شىخو'],
 '石河子市': ['شىخەنزە'], '阿拉尔市': ['ئارال'], '图木舒克市': ['تۇمشۇق'],
}
ORD = ['', 'First','Second','Third','Fourth','Fifth','Sixth','Seventh','Eighth','Ninth','Tenth','Eleventh','Twelfth','Thirteenth','Fourteenth']
CN = ['', '一','二','三','四','五','六','七','八','九','十','十一','十二','十三','十四']
def suf(n): return 'th' if 10 <= n % 100 <= 20 else {1:'st',2:'nd',3:'rd'}.get(n % 10, 'th')
HAN_SUFFIX = ['维吾尔自治区','柯尔克孜自治州','哈萨克自治州','回族自治州','蒙古自治州','哈萨克自治县','回族自治县',
              '塔吉克自治县','锡伯自治县','蒙古自治县','自治州','自治县','地区','市','县','区']
LAT_SUFFIX = set('shi xian qu diqu zizhizhou zizhixian zizhiqu city county district prefecture shehiri nahiyisi rayoni '
                 'wilayiti oblasti aptonom huizu menggu hasake keerkezi tajike xibo xuyzu mongghul qazaq qirghiz tajik '
                 'shibe autonomous kazakh kazak mongol hui kirghiz region uyghur uygur uighur weiwuer'.split())
han = lambda s: bool(re.search(r'[\u4e00-\u9fff]', s))
def strip_lat(f):
    t = f.split()
    while len(t) > 1 and re.sub(r"[^a-z]", '', t[-1].lower()) in LAT_SUFFIX: t = t[:-1]
    return ' '.join(t)
rows = list(csv.DictReader(open(SRC, encoding='utf-8')))
by = {r['chinese']: r for r in rows}
def prefecture(r):
    if r['level'] in ('prefecture', 'xpcc_division'): return r['chinese']
    if r['level'] == 'region': return ''
    return r['parent']
out = []
for r in rows:
    alts = [a.strip() for a in re.sub(r'\([^)]*\)', '', r['alternates']).split(';')]
    alts = [a for a in alts if a and not a.startswith('seat=')]
    lat, hn = [], [r['chinese']]
    for a in alts: (hn if han(a) else lat).append(a)
    for f in [r['pinyin'], r['uyghur_latin']] + list(lat):
        if f: lat += [f, strip_lat(f)]
    for s in HAN_SUFFIX:
        if r['chinese'].endswith(s) and len(r['chinese']) - len(s) >= 2:
            base = r['chinese'][:-len(s)]; hn.append(base)
            if s.endswith('州'): hn.append(base + '州')
            break
    name = next((a for a in alts if not han(a)), r['pinyin'])
    m = re.match(r'第(.+)师$', r['chinese'])
    if m:
        n = CN.index(m.group(1)); o = f'{n}{suf(n)}'
        name = f'XPCC {o} Division'
        lat += [name, f'{o} Division', f'{ORD[n]} Division', f'XPCC {ORD[n]} Division', f'Bingtuan {o} Division',
                f'Agricultural {o} Division', f'Division {n}']
        hn += [f'兵团第{CN[n]}师', f'新疆生产建设兵团第{CN[n]}师', f'农{CN[n]}师' if n != 11 else '建工师']
    seen = set(); lat2 = []
    for f in lat:
        k = f.lower()
        if k not in seen: seen.add(k); lat2.append(f)
    hn2 = list(dict.fromkeys(hn))
    out.append([r['chinese'], name, r['level'], prefecture(r), ';'.join(lat2), ';'.join(hn2), ';'.join(ARABIC.get(r['chinese'], []))])
missing = set(ARABIC) - set(by)
assert not missing, missing
w = sys.stdout
w.write('# Xinjiang places: the XUAR, its 14 prefecture-level divisions, 98 county-level divisions, the XPCC, its 14 divisions and 12 cities.\n')
w.write('# Source: /work/shared/data/xinjiang_gazetteer.csv (140 rows, compiled from public PRC administrative-division references;\n')
w.write('#   see GAZETTEER.md there: seats of XPCC divisions 2, 9 and 13 unverified) and field-notes-uflpa.md section 3 (XPCC table).\n')
w.write('# Generated, not hand-edited: python3 clearance-supplychain/src/test/java/org/clearance/supplychain/places/gen_places.py > this file;\n#   rules: chinese/level copied; prefecture = the row itself for\n')
w.write('#   prefectures and XPCC divisions, the parent for counties and XPCC cities (their division), empty for the region;\n')
w.write('#   latin_forms = pinyin, uyghur_latin and Latin alternates, each also without administrative suffix words (Shi, Xian, Diqu,\n')
w.write('#   City, County, Nahiyisi...); han_forms = the name, Han alternates and the name without 市/县/区/地区/自治州/自治县 (2+ chars);\n')
w.write('#   XPCC divisions add "XPCC 8th Division", "8th Division", "Eighth Division", "兵团第八师", "农八师" (11th: 建工师, its old name).\n')
w.write('# arabic_forms: Uyghur Arabic-script (UEY) names from the author\'s knowledge, MARKED as such; each is checked by a test\n')
w.write('#   against this row\'s ULY spelling via UyghurScript.toLatin. Ambiguous forms and confidences: place-exceptions.tsv.\n')
w.write('chinese\tname\tlevel\tprefecture\tlatin_forms\than_forms\tarabic_forms\n')
for o in out: w.write('\t'.join(o) + '\n')
