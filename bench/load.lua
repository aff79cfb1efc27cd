-- wrk script: GET the home page, a need's page, or a trivial endpoint (the stylesheet, through
-- the same security and session filters), as signed-in partners taken in turn from
-- bench/target/sessions.lua ({session cookie, need path} pairs written by run.sh).
local sessions = dofile("bench/target/sessions.lua")
local mode = "home"
local counter = 0

function init(args)
  mode = args[1] or "home"
  counter = math.random(#sessions)
end

function request()
  counter = counter + 1
  local s = sessions[(counter % #sessions) + 1]
  local path = "/css/tandem.css"
  if mode == "home" then path = "/" elseif mode == "need" then path = s[2] end
  return wrk.format("GET", path, { ["Cookie"] = "TANDEM_SESSION=" .. s[1] })
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  -- done() runs in wrk's main Lua state, where init() never ran: run.sh adds the endpoint's name.
  io.write(string.format("RESULT requests=%d rps=%.1f p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms non2xx=%d socket_errors=%d\n",
    summary.requests, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
