-- wrk script: GET /api/v1/haendelser page after page, as a case system follows the feed. Run by bench/haendelser.sh;
-- see BENCHMARKS.md. Arguments after "--": EVENTS MAX TOKEN
--   EVENTS  the feed's last position (bench/haendelser.sh numbers every seeded event)
--   MAX     events per page (max=)
--   TOKEN   STAR's bearer token: STAR sees every event, so every page is full
-- Thread t reads the pages t, t + threads, t + 2 * threads, ... round the feed: each connection reads whole pages
-- in position order, as a reader does. Every answer but 200 is counted, and the first is printed.
local threads = {}

function setup(thread)
   thread:set("id", #threads)
   table.insert(threads, thread)
end

function init(args)
   events = tonumber(args[1])
   max = tonumber(args[2])
   token = args[3]
   pages = math.floor(events / max)
   page = id
   others = 0
end

function request()
   local efter = (page % pages) * max
   page = page + #threads
   return wrk.format("GET", "/api/v1/haendelser?efter=" .. efter .. "&max=" .. max,
      { ["Authorization"] = "Bearer " .. token })
end

function response(status, headers, body)
   if status ~= 200 then
      if others == 0 then
         print("first answer other than 200: " .. status .. " " .. body)
      end
      others = others + 1
   end
end

function done(summary, latency, requests)
   local n = 0
   for _, thread in ipairs(threads) do
      n = n + thread:get("others")
   end
   print(string.format("answers other than 200: %d", n))
end
