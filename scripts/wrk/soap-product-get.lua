-- SOAP catalogProductRepositoryV1Get over the same SKUs as product-get.lua, so the two rows
-- compare the protocols on identical work. Faults are 200s in SOAP: check the output by hand.
local counter = 0
-- How many simple products to cycle through (40,000 in the large profile); `-- N` overrides.
local simples = 40000
function init(args) if args[1] then simples = tonumber(args[1]) end end
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/soap+xml; charset=utf-8"
local envelope = '<?xml version="1.0" encoding="UTF-8"?><env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope">'
  .. '<env:Body><ns1:catalogProductRepositoryV1GetRequest xmlns:ns1="urn:magpie"><sku>MG-%06d</sku>'
  .. '</ns1:catalogProductRepositoryV1GetRequest></env:Body></env:Envelope>'
request = function()
  counter = counter + 1
  local n = (counter * 7919) % simples
  local index = n + math.floor(n / 4) + 1
  return wrk.format("POST", "/soap/default?services=catalogProductRepositoryV1", nil, string.format(envelope, index))
end
