-- POST /V1/guest-carts/:id/payment-information: places one prepared cart per request. The carts
-- (one line, shipping chosen) are listed one per line in the file named after `--`; each wrk
-- thread takes every n-th cart, so no cart is placed twice.
local carts = {}
local counter = 0
local threads = 1
local created = {}
function setup(thread)
  table.insert(created, thread)
  thread:set("thread_offset", #created - 1)
end
function init(args)
  for line in io.lines(args[1]) do table.insert(carts, line) end
  threads = tonumber(args[2])
end
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local address = '{"firstname":"Ada","lastname":"Lovelace","street":["1 Market St"],"city":"San Francisco","region_id":12,"postcode":"94105","country_id":"US","telephone":"5550100"}'
local body = '{"email":"ada@example.com","paymentMethod":{"method":"checkmo"},"billingAddress":' .. address .. '}'
request = function()
  local index = counter * threads + (thread_offset or 0) + 1
  counter = counter + 1
  local cart = carts[index] or "exhausted"
  return wrk.format("POST", "/rest/V1/guest-carts/" .. cart .. "/payment-information", nil, body)
end
