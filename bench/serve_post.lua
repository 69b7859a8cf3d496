-- wrk script: POST /articles with batches of 100 new articles read from FEED (env), a
-- different batch on every request (each wrk thread takes its own share of the batches).
local feed = os.getenv("FEED")
local batch = 100
local batches = {}
local cur = {}
for line in io.lines(feed) do
  cur[#cur + 1] = line
  if #cur == batch then batches[#batches + 1] = table.concat(cur, "\n") .. "\n"; cur = {} end
end
local counter = 0
local threads = 0
function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end
function init(args)
  counter = id
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/x-ndjson"
end
function request()
  local b = batches[(counter % #batches) + 1]
  counter = counter + 2
  return wrk.format(nil, "/articles", nil, b)
end
