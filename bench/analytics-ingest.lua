-- wrk script for bench/analytics-ingest.ts: every request is a distinct page view (a fresh
-- UUIDv7-shaped id), from one of 5,000 client addresses, 6 browsers, 20 pages and 8 referrers,
-- posted as text/plain like sendBeacon. BASE is the site origin the page URLs name.
local base = os.getenv("BASE")
local agents = {
  "Mozilla/5.0 (Linux; Android 13; SM-A135F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36",
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0",
  "Mozilla/5.0 (Linux; Android 12; TECNO KG5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Mobile Safari/537.36",
}
local referrers = { "null", "null", '"https://www.google.com/"', '"https://l.instagram.com/"',
  '"https://l.facebook.com/"', '"https://t.co/x"', '"https://nation.africa/"', '"https://www.bing.com/"' }
local seq = 0
local salt = 0

function setup(thread)
  salt = salt + 1
  thread:set("salt", salt)
end

function init()
  math.randomseed(os.time() + (salt or 0))
end

function request()
  seq = seq + 1
  local i = seq
  local ms = string.format("%012x", math.floor(os.time() * 1000))
  local id = string.format("%s-%s-7%03x-8%03x-%06x%06x", ms:sub(1, 8), ms:sub(9, 12), (salt or 0) % 4096,
    math.random(0, 4095), i % 16777216, math.random(0, 16777215))
  local page = i % 20 == 0 and "" or ("page-" .. (i % 20))
  local query = i % 13 == 0 and "?utm_source=instagram" or ""
  local width = i % 3 == 0 and 1280 or 390
  local body = string.format('{"n":"pageview","u":"%s/s/demo-cafe/%s%s","r":%s,"id":"%s","w":%d}',
    base, page, query, referrers[(i % #referrers) + 1], id, width)
  return wrk.format("POST", "/api/event", {
    ["Content-Type"] = "text/plain;charset=UTF-8",
    ["User-Agent"] = agents[(i % #agents) + 1],
    ["X-Forwarded-For"] = string.format("10.0.%d.%d", math.floor((i % 5000) / 250), i % 250),
  }, body)
end
