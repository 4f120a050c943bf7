-- PUT /V1/products/:sku/stockItems/1: a new quantity on a different product each request.
local counter = 0
-- How many simple products to cycle through (40,000 in the large profile); `-- N` overrides.
local simples = 40000
function init(args) if args[1] then simples = tonumber(args[1]) end end
wrk.headers["Content-Type"] = "application/json"
request = function()
  counter = counter + 1
  local n = (counter * 7919) % simples
  local index = n + math.floor(n / 4) + 1
  local body = string.format('{"stockItem":{"qty":%d,"is_in_stock":true}}', 1 + counter % 500)
  return wrk.format("PUT", string.format("/rest/V1/products/MG-%06d/stockItems/1", index), nil, body)
end
