-- PUT /V1/products/:sku: a name and price change on a different product each request.
local counter = 0
-- How many simple products to cycle through (40,000 in the large profile); `-- N` overrides.
local simples = 40000
function init(args) if args[1] then simples = tonumber(args[1]) end end
wrk.method = "PUT"
wrk.headers["Content-Type"] = "application/json"
request = function()
  counter = counter + 1
  local n = (counter * 7919) % simples
  local index = n + math.floor(n / 4) + 1
  local body = string.format('{"product":{"name":"Renamed %d","price":%d.5}}', counter, 10 + counter % 90)
  return wrk.format("PUT", string.format("/rest/V1/products/MG-%06d", index), nil, body)
end
