-- wrk script: every request carries Basic credentials for BENCH_USER (default alice) with a fresh
-- random wrong password, so no credential cache can answer and each one costs a bcrypt check.
-- Usage: BENCH_USER=alice wrk -s bench/wrk/wrong-passwords.lua ... URL

local user = os.getenv("BENCH_USER") or "alice"
local alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
local counter = 0

local function base64(text)
  local out = {}
  for i = 1, #text, 3 do
    local a, b, c = text:byte(i, i + 2)
    local n = a * 65536 + (b or 0) * 256 + (c or 0)
    local digits = {
      math.floor(n / 262144) % 64,
      math.floor(n / 4096) % 64,
      math.floor(n / 64) % 64,
      n % 64,
    }
    for j = 1, 4 do
      out[#out + 1] = alphabet:sub(digits[j] + 1, digits[j] + 1)
    end
    if not b then
      out[#out - 1], out[#out] = "=", "="
    elseif not c then
      out[#out] = "="
    end
  end
  return table.concat(out)
end

function init(args)
  math.randomseed(os.time() * 1000 + math.floor(os.clock() * 1000000))
end

function request()
  counter = counter + 1
  local password = "wrong-" .. math.random(1, 999999999) .. "-" .. counter
  wrk.headers["Authorization"] = "Basic " .. base64(user .. ":" .. password)
  return wrk.format()
end
