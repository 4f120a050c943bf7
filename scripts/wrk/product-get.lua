-- GET /V1/products/:sku over the large profile's simple products (MG-…), a different SKU each
-- request. Simple products have the indexes that are not multiples of 5.
local counter = 0
-- How many simple products to cycle through (40,000 in the large profile); `-- N` overrides.
local simples = 40000
function init(args) if args[1] then simples = tonumber(args[1]) end end
request = function()
  counter = counter + 1
  local n = (counter * 7919) % simples
  local index = n + math.floor(n / 4) + 1
  return wrk.format("GET", string.format("/rest/V1/products/MG-%06d", index))
end
