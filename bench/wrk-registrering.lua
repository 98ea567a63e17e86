-- wrk script: POST /api/v1/samtaler with a valid, distinct registration each time. Run by bench/wrk.sh; see
-- BENCHMARKS.md. Arguments after "--": START_MINUTE PER_THREAD TOKEN
--   START_MINUTE  minutes after 2021-01-01T00:00Z where this run's held times start (each run needs its own range:
--                 a jobsamtale is nulstillende, so a citizen's next one must be held at least a minute later)
--   PER_THREAD    citizens per wrk thread; thread t uses citizens t*PER_THREAD .. (t+1)*PER_THREAD-1, which
--                 bench/wrk.sh has seeded (kontaktgruppe 1 and jobcenter 101 from 2020-01-01)
--   TOKEN         the bearer token of the caseworker every body names (jc101-bench of jobcenter 101), sent as
--                 Authorization: Bearer TOKEN with every request
-- Request k of a thread goes to its citizen k % PER_THREAD, held START_MINUTE + k minutes after 2021-01-01: every
-- citizen's held times increase by PER_THREAD minutes, and no two requests in flight concern the same citizen.
-- Every answer but 201 is counted, and the first one is printed with its body; done() prints the answers by status.

local EPOCH_2021 = 1609459200
local threads = {}

-- The i-th bench citizen: ddmmyy a real date in 1950-1999, 7th digit 0 (1900s), no modulus-11. Same as in wrk.sh.
function cpr(i)
   local dd = i % 28 + 1
   local mm = math.floor(i / 28) % 12 + 1
   local yy = 50 + math.floor(i / 336) % 50
   local serial = math.floor(i / 16800) % 1000
   return string.format("%02d%02d%02d0%03d", dd, mm, yy, serial)
end

local BODY = '{"cpr":"%s","afholdt":"%s","samtaletype":7,"kontaktform":"PERSONLIGT_FREMMOEDE",'
   .. '"samtaleinformation":"Aftalt jobsøgning.","flereMyndigheder":false,'
   .. '"ansvarligSagsbehandler":{"ident":"jc101-bench","myndighed":{"type":"JOBCENTER","kode":"101"}}}'

function setup(thread)
   thread:set("id", #threads)
   table.insert(threads, thread)
end

function init(args)
   start_minute = tonumber(args[1] or "0")
   per_thread = tonumber(args[2] or "1000")
   local token = args[3]
   if token == nil or token == "" then
      error("wrk-registrering.lua: the third argument must be the caseworker's bearer token")
   end
   k = 0
   created = 0
   other = 0
   first_other = ""
   statuses = {}
   wrk.headers["Content-Type"] = "application/json"
   wrk.headers["Authorization"] = "Bearer " .. token
end

function request()
   local citizen = id * per_thread + k % per_thread
   local held = os.date("!%Y-%m-%dT%H:%M:00Z", EPOCH_2021 + (start_minute + k) * 60)
   k = k + 1
   return wrk.format("POST", "/api/v1/samtaler", nil, string.format(BODY, cpr(citizen), held))
end

function response(status, headers, body)
   statuses[status] = (statuses[status] or 0) + 1
   if status == 201 then
      created = created + 1
   else
      other = other + 1
      if first_other == "" then
         first_other = status .. " " .. body
      end
   end
end

function done(summary, latency, requests)
   local sent, ok, bad, first, last_minute = 0, 0, 0, "", 0
   local by_status = {}
   for _, thread in ipairs(threads) do
      sent = sent + thread:get("k")
      ok = ok + thread:get("created")
      bad = bad + thread:get("other")
      if first == "" then
         first = thread:get("first_other")
      end
      last_minute = math.max(last_minute, thread:get("start_minute") + thread:get("k"))
      for status, n in pairs(thread:get("statuses")) do
         by_status[status] = (by_status[status] or 0) + n
      end
   end
   local codes = {}
   for status, _ in pairs(by_status) do
      table.insert(codes, status)
   end
   table.sort(codes)
   local parts = {}
   for _, status in ipairs(codes) do
      table.insert(parts, status .. ": " .. by_status[status])
   end
   io.write(string.format("registrations: %d generated, %d answered 201, %d answered otherwise\n", sent, ok, bad))
   io.write("answers by status: " .. (#parts > 0 and table.concat(parts, ", ") or "none") .. "\n")
   io.write(string.format("held times used up to minute %d after 2021-01-01\n", last_minute))
   if bad > 0 then
      io.write("first non-201 answer: " .. first .. "\n")
   end
end
