-- GET /V1/products/:sku over the large profile's simple products (MG-…), a different SKU each
-- request. Simple products have the indexes that are not multiples of 5.
local counter = 0
request = function()
  counter = counter + 1
  local n = (counter * 7919) % 40000
  local index = n + math.floor(n / 4) + 1
  return wrk.format("GET", string.format("/rest/V1/products/MG-%06d", index))
end
