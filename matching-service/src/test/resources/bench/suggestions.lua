-- wrk script: GET the suggestions of a random one of the requests RegionLoader sent.
-- Usage: TOKEN=... REQUESTS=50000 wrk -t2 -c16 -d60s --latency -s suggestions.lua http://127.0.0.1:8083
local token = os.getenv("TOKEN")
local requests = tonumber(os.getenv("REQUESTS") or "50000")
math.randomseed(os.time())

request = function()
  local id = string.format("00000000-0000-0000-0000-%012x", math.random(0, requests - 1))
  return wrk.format("GET", "/api/v1/placement-requests/" .. id .. "/suggestions?limit=10",
    { ["Authorization"] = "Bearer " .. token })
end
