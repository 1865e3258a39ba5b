-- wrk script: POST /api/v1/users with a fresh email on every request, over keep-alive
-- connections. Not part of CTest; this is how the README's sandbox throughput was measured:
--
--   runai-sandbox --port 0 &          # prints "Run:ai sandbox listening on <url>"
--   export TOKEN=$(curl -s -X POST <url>/api/v1/token -H 'Content-Type: application/json' \
--       -d '{"grantType":"password","username":"test@run.ai","password":"Abcd!234"}' \
--       | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
--   RUN=a wrk -t1 -c8 -d10s -s tests/sandbox/bench_users.lua <url>
--
-- RUN makes the emails of one run unique; reuse it and the sandbox answers 409 (counted below).
local counter = 0
local threadId = 0
local nextThread = 0

function setup(thread)
    thread:set("tid", nextThread)
    nextThread = nextThread + 1
end

function init(args)
    threadId = tid
end

request = function()
    counter = counter + 1
    local body = string.format(
        '{"email":"bench-%s-%d-%d@example.com","resetPassword":false,"notify":false}',
        os.getenv("RUN") or "r", threadId, counter)
    return wrk.format("POST", "/api/v1/users", {
        ["Content-Type"] = "application/json",
        ["Authorization"] = "Bearer " .. (os.getenv("TOKEN") or ""),
    }, body)
end

done = function(summary, latency, requests)
    io.write(string.format("requests: %d, answers other than 2xx/3xx: %d\n",
        summary.requests, summary.errors.status))
end
