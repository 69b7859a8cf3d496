-- wrk script: GET /stories/{id} for ids spread over 1..MAX_STORY (env). With REVALIDATE=1 every
-- request carries If-None-Match: * (a client revalidating its copy: the 304 path).
local max = tonumber(os.getenv("MAX_STORY") or "1000")
local headers = {}
if os.getenv("REVALIDATE") == "1" then headers["If-None-Match"] = "*" end
local n = 0
function request()
  n = n + 1
  return wrk.format("GET", "/stories/" .. ((n * 7919) % max + 1), headers)
end
