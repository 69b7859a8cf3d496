-- wrk script: GET /stories/{id} for ids spread over 1..MAX_STORY (env).
local max = tonumber(os.getenv("MAX_STORY") or "1000")
local n = 0
function request()
  n = n + 1
  return wrk.format("GET", "/stories/" .. ((n * 7919) % max + 1))
end
