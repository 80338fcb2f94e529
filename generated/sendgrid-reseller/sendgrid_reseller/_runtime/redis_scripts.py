# Copied from overlays/runtime/redis_scripts.py by the generator. Do not edit; change the overlay and run `make generate`.
"""The Lua scripts of the Redis rate-limit store: the in-memory store's window rules, run on the server.

Each script reads one endpoint's window (one Redis hash), applies one store operation and writes the
window back; Redis runs a script without interleaving any other command, so the read, the decision
and the write are one atomic step for every process that shares the window. `Script.sha` names a
script for EVALSHA (Redis caches scripts by the SHA-1 of their text).
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field
from typing import NamedTuple


@dataclass(frozen=True)
class Script:
    """A Lua script and the SHA-1 Redis knows it by once loaded."""

    name: str
    source: str
    sha: str = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "sha", hashlib.sha1(self.source.encode(), usedforsecurity=False).hexdigest())


# The in-memory store's `_EndpointWindow`, in Lua: the same rules, step by step (the differential
# test in tests/redis/test_contract.py compares the two). A missing field or "" stands for None;
# each lease is a field "lease:<token>" holding its expiry. The store's constants are written into
# the text (`window_scripts`) rather than sent with every call: ARGV[1] is the time, then the
# operation's own arguments.
_LUA_WINDOW_TEMPLATE = """
local key = KEYS[1]
local now = tonumber(ARGV[1])
local margin = @margin@
local poll = @poll@
local tolerance = @tolerance@
local grace = @grace@
local max_ttl = @max_ttl@

local function num(value)
  if value == false or value == nil or value == '' then return nil end
  return tonumber(value)
end

local function fmt(value)
  if value == nil then return '' end
  return string.format('%.17g', value)
end

local function fresh()
  return {observed = false, limit = nil, remaining = 0, reset_at = nil, lost = 0, leases = {}, count = 0,
          orphans = 0}
end

local function load()
  local flat = redis.call('HGETALL', key)
  if #flat == 0 then return nil end
  local w = fresh()
  for i = 1, #flat, 2 do
    local name, value = flat[i], flat[i + 1]
    if string.sub(name, 1, 6) == 'lease:' then
      w.leases[string.sub(name, 7)] = tonumber(value)
      w.count = w.count + 1
    elseif name == 'observed' then w.observed = value == '1'
    elseif name == 'limit' then w.limit = num(value)
    elseif name == 'remaining' then w.remaining = num(value) or 0
    elseif name == 'reset_at' then w.reset_at = num(value)
    elseif name == 'lost' then w.lost = num(value) or 0
    elseif name == 'orphans' then w.orphans = num(value) or 0
    end
  end
  return w
end

local function save(w)
  redis.call('DEL', key)
  redis.call('HSET', key, 'observed', w.observed and '1' or '0', 'limit', fmt(w.limit),
             'remaining', fmt(w.remaining), 'reset_at', fmt(w.reset_at), 'lost', fmt(w.lost),
             'orphans', fmt(w.orphans))
  for token, expires_at in pairs(w.leases) do
    redis.call('HSET', key, 'lease:' .. token, fmt(expires_at))
  end
  local ttl = grace
  if w.reset_at ~= nil then ttl = w.reset_at + margin - now + grace end
  if ttl > max_ttl then ttl = max_ttl end
  local ms = math.ceil(ttl * 1000)
  if ms < 1 then ms = 1 end
  redis.call('PEXPIRE', key, ms)
end

local function take(w, token, expires_at)
  if w.leases[token] == nil then w.count = w.count + 1 end
  w.leases[token] = expires_at
end

local function give_back(w, token)
  if token == '' and w.orphans > 0 then
    w.orphans = w.orphans - 1
    return
  end
  if token == '' then
    for candidate, expires_at in pairs(w.leases) do
      if token == '' or expires_at < w.leases[token] or (expires_at == w.leases[token] and candidate < token) then
        token = candidate
      end
    end
    if token == '' then return end
  end
  if w.leases[token] ~= nil then
    w.leases[token] = nil
    w.count = w.count - 1
  end
end

local function reap(w)
  local expired = {}
  for token, expires_at in pairs(w.leases) do
    if expires_at <= now then table.insert(expired, token) end
  end
  for _, token in ipairs(expired) do
    w.leases[token] = nil
    w.count = w.count - 1
    if w.limit ~= nil then w.lost = w.lost + 1 end
  end
end

local function roll_over_if_due(w)
  if w.limit ~= nil and w.reset_at ~= nil and now >= w.reset_at + margin then
    w.remaining = w.limit
    w.lost = 0
    w.orphans = w.count
    w.leases = {}
    w.count = 0
    w.reset_at = nil
  end
end

local function wait_for_slot(w)
  if not w.observed then
    if w.count > 0 then return poll end
    return 0
  end
  if w.limit == nil then return 0 end
  roll_over_if_due(w)
  if w.remaining - w.count - w.lost > 0 then return 0 end
  if w.count > 0 and w.remaining - w.lost > 0 then return poll end
  if w.reset_at ~= nil then return w.reset_at + margin - now end
  if w.count > 0 then return poll end
  return 0
end

local function learn(w, limit, remaining, reset_at)
  roll_over_if_due(w)
  if reset_at <= now then
    if w.limit == nil then
      w.limit = limit
      w.remaining = limit
      w.reset_at = nil
    end
    return
  end
  w.limit = limit
  if w.reset_at == nil or reset_at > w.reset_at + tolerance then
    w.remaining = remaining
    w.reset_at = reset_at
  elseif reset_at >= w.reset_at - tolerance then
    w.remaining = math.min(w.remaining, remaining)
    w.reset_at = math.max(w.reset_at, reset_at)
  end
end
"""

# ARGV[2] = "1" to force, ARGV[3..4] = lease token and expiry. Returns the wait in seconds as a
# string (a Lua number would be truncated to an integer).
_LUA_RESERVE = (
    _LUA_WINDOW_TEMPLATE
    + """
local w = load() or fresh()
reap(w)
local wait = 0
if ARGV[2] ~= '1' then wait = wait_for_slot(w) end
if wait <= 0 then take(w, ARGV[3], tonumber(ARGV[4])) end
save(w)
return fmt(wait)
"""
)

# ARGV[2..4] = limit, remaining, reset_at ("" when absent); ARGV[5] = lease token ("" = the oldest).
_LUA_UPDATE = (
    _LUA_WINDOW_TEMPLATE
    + """
local w = load() or fresh()
give_back(w, ARGV[5])
reap(w)
w.observed = true
local limit, remaining, reset_at = num(ARGV[2]), num(ARGV[3]), num(ARGV[4])
if limit ~= nil and remaining ~= nil and reset_at ~= nil then learn(w, limit, remaining, reset_at) end
save(w)
return 1
"""
)

# ARGV[2] = "1" when the request may have been counted (consumed); ARGV[3] = lease token.
_LUA_RELEASE = (
    _LUA_WINDOW_TEMPLATE
    + """
local w = load()
if w == nil then return 0 end
give_back(w, ARGV[3])
reap(w)
if ARGV[2] == '1' and w.limit ~= nil then
  roll_over_if_due(w)
  w.lost = w.lost + 1
end
save(w)
return 1
"""
)


class WindowScripts(NamedTuple):
    """One store's scripts, its constants written in."""

    reserve: Script
    update: Script
    release: Script


def window_scripts(*, margin: float, poll: float, tolerance: float, grace: float, max_ttl: float) -> WindowScripts:
    """The store's three scripts with its pacing constants as Lua literals (`repr` of a finite float is one)."""
    values = {"margin": margin, "poll": poll, "tolerance": tolerance, "grace": grace, "max_ttl": max_ttl}
    for name, seconds in values.items():
        if not math.isfinite(seconds):
            raise ValueError(f"the Redis store's {name} must be a finite number of seconds, not {seconds!r}")
    constants = {
        "margin": repr(float(margin)),
        "poll": repr(float(poll)),
        "tolerance": repr(float(tolerance)),
        "grace": repr(float(grace)),
        "max_ttl": repr(float(max_ttl)),
    }
    sources = {"reserve": _LUA_RESERVE, "update": _LUA_UPDATE, "release": _LUA_RELEASE}
    for name, literal in constants.items():
        sources = {script: source.replace(f"@{name}@", literal) for script, source in sources.items()}
    return WindowScripts(*(Script(name, source) for name, source in sources.items()))
