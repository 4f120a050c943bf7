-- A read/write mix for scripts/load: product reads, guest cart item adds and totals, and product
-- saves. wrk does not tell `response` which request an answer belongs to, so answers are counted
-- by status, and every non-2xx one by its message; a 404 is always false here (every product and
-- cart exists). Reads LOAD_CARTS and LOAD_SKUS (one id a line) and LOAD_TOKEN from the environment.
local function lines(path)
  local list = {}
  for line in io.lines(path) do list[#list + 1] = line end
  return list
end

local threads = {}
function setup(thread)
  thread:set("id", #threads + 1)
  threads[#threads + 1] = thread
end

local carts, skus, token
function init(args)
  carts = lines(os.getenv("LOAD_CARTS"))
  skus = lines(os.getenv("LOAD_SKUS"))
  token = os.getenv("LOAD_TOKEN")
  answered, non2xx, notfound, messages = 0, 0, 0, ""
  math.randomseed(os.time() + id * 7919)
end

local json = {["Content-Type"] = "application/json"}
local admin = {["Content-Type"] = "application/json", ["Authorization"] = "Bearer "}
local counter = 0
request = function()
  counter = counter + 1
  admin["Authorization"] = "Bearer " .. token
  local roll = math.random(100)
  local sku = skus[math.random(#skus)]
  local cart = carts[math.random(#carts)]
  if roll <= 45 then
    return wrk.format("GET", "/rest/V1/products/" .. sku, admin)
  elseif roll <= 70 then
    local body = string.format('{"cartItem":{"sku":"%s","qty":1}}', sku)
    return wrk.format("POST", "/rest/V1/guest-carts/" .. cart .. "/items", json, body)
  elseif roll <= 90 then
    return wrk.format("GET", "/rest/V1/guest-carts/" .. cart .. "/totals", json)
  end
  local body = string.format('{"product":{"price":%d.%02d}}', 10 + counter % 90, counter % 100)
  return wrk.format("PUT", "/rest/all/V1/products/" .. sku, admin, body)
end

response = function(status, headers, body)
  answered = answered + 1
  if status >= 200 and status <= 299 then return end
  if status == 404 then notfound = notfound + 1 else non2xx = non2xx + 1 end
  -- The first few distinct messages, to say what went wrong.
  local line = status .. " " .. string.sub(body or "", 1, 120) .. "\n"
  if #messages < 2000 and not string.find(messages, line, 1, true) then messages = messages .. line end
end

done = function(summary, latency, requests)
  local total, errors, missing, seen = 0, 0, 0, ""
  for _, thread in ipairs(threads) do
    total = total + thread:get("answered")
    errors = errors + thread:get("non2xx")
    missing = missing + thread:get("notfound")
    seen = seen .. thread:get("messages")
  end
  io.write(string.format("requests %d (%.0f/s), socket errors: connect %d read %d write %d timeout %d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.timeout))
  io.write(string.format("latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms\n", latency:percentile(50) / 1000,
    latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(seen)
  io.write(string.format("TOTAL answered %d, non-2xx %d, false 404 %d\n", total, errors, missing))
end
