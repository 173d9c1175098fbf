-- wrk script: each request is a search picked at random among the API paths listed in the file
-- DATAGORA_BENCH_QUERIES, one a line: as SearchEngineBench wrote them for bench/search.sh (words,
-- sometimes a licence or zone filter, the 8 facets of the search page, pages of 20: the searches of
-- its raw Solr run), or CkanSearchPaths for bench/ckan.sh (CKAN package_search requests).
local paths = {}

function init(args)
  for line in io.lines(os.getenv("DATAGORA_BENCH_QUERIES") or "queries.txt") do
    paths[#paths + 1] = line
  end
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end
