-- wrk script: each request asks for a random dataset among the ids listed in ids.txt,
-- under the path prefix given as first argument (/api/1/datasets/ or /datasets/), with the
-- suffix given as second argument (.ttl for its RDF), if any.
local ids = {}
local prefix = "/api/1/datasets/"
local suffix = ""

function init(args)
  if args[1] then prefix = args[1] end
  if args[2] then suffix = args[2] end
  for line in io.lines(os.getenv("DATAGORA_BENCH_IDS") or "ids.txt") do
    ids[#ids + 1] = line
  end
end

function request()
  return wrk.format("GET", prefix .. ids[math.random(#ids)] .. suffix)
end
