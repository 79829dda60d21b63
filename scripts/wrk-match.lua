-- Load on a running `clearance serve` with wrk (Debian's wrk 4.1), as `clearance bench http` puts it: each request is
-- POST /match/default with one yente query, a real name from the screening evaluation files, each thread taking
-- the names in turn from its own start. The key comes from CLEARANCE_API_KEY (role screen).
--   CLEARANCE_API_KEY=... wrk -t2 -c4 -d60s --latency -s scripts/wrk-match.lua http://localhost:8080/match/default
-- Other names files (a CSV whose first column is the name) after `--`: ... -- a.csv b.csv
-- wrk counts answers other than 2xx and 3xx as "Non-2xx or 3xx responses"; it prints no such line when there were none.

local files = {"../shared/eval/screen-dev-positives.csv", "../shared/eval/screen-dev-negatives.csv"}
local threads = {}
local bodies = {}
local next_body = 1

-- The first field of a CSV record: quoted ("SESELJ, Vojislav", with "" for a quote) or up to the first comma.
local function first_field(line)
  if line:sub(1, 1) == '"' then
    local field, i = {}, 2
    while i <= #line do
      local c = line:sub(i, i)
      if c == '"' then
        if line:sub(i + 1, i + 1) == '"' then
          field[#field + 1] = '"'
          i = i + 2
        else
          break
        end
      else
        field[#field + 1] = c
        i = i + 1
      end
    end
    return table.concat(field)
  end
  return line:match("^([^,]*)")
end

local function json_string(s)
  return '"' .. s:gsub('[%c"\\]', function(c) return string.format("\\u%04x", c:byte()) end) .. '"'
end

local function read_names(path)
  local f = assert(io.open(path, "r"), path .. ": names file not found")
  local header = f:read("*l")
  assert(header and (header:match("^full_name") or header:match("^name")), path .. ": the first column must be full_name or name")
  local names = {}
  for line in f:lines() do
    local name = first_field(line:gsub("\r$", ""))
    if name and name:match("%S") then
      names[#names + 1] = name
    end
  end
  f:close()
  return names
end

function setup(thread)
  thread:set("id", #threads)
  threads[#threads + 1] = thread
end

function init(args)
  local key = os.getenv("CLEARANCE_API_KEY")
  assert(key and key ~= "", "set CLEARANCE_API_KEY to a key with the role screen")
  if #args > 0 then
    files = args
  end
  for _, path in ipairs(files) do
    for _, name in ipairs(read_names(path)) do
      bodies[#bodies + 1] = '{"queries":{"q":{"schema":"LegalEntity","properties":{"name":[' .. json_string(name) .. ']}}}}'
    end
  end
  next_body = (id or 0) * 1000 % #bodies + 1
  wrk.method = "POST"
  wrk.headers["Authorization"] = "ApiKey " .. key
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  local body = bodies[next_body]
  next_body = next_body % #bodies + 1
  return wrk.format(nil, nil, nil, body)
end
