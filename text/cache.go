package text

import (
	"container/list"
	"sync"
)

// Cache bounds: the cache keeps at most cacheEntries layouts and about
// cacheRunes runes of laid-out text, whichever is reached first.
const (
	cacheEntries = 1024
	cacheRunes   = 2 << 20
)

type cacheKey struct {
	s string
	o Options
}

type cacheEntry struct {
	key cacheKey
	l   *Layout
}

var cache = struct {
	sync.Mutex
	ll    list.List
	m     map[cacheKey]*list.Element
	runes int
}{m: map[cacheKey]*list.Element{}}

// Lay returns the layout of s with options o, from a bounded LRU cache of
// recent layouts when it is there. The returned Layout is shared: do not
// modify it (its methods never do). Lay is safe for concurrent use.
func Lay(s string, o Options) *Layout {
	k := cacheKey{s, o}
	cache.Lock()
	if e, ok := cache.m[k]; ok {
		cache.ll.MoveToFront(e)
		l := e.Value.(*cacheEntry).l
		cache.Unlock()
		return l
	}
	cache.Unlock()

	l := New(s, o)

	cache.Lock()
	defer cache.Unlock()
	if e, ok := cache.m[k]; ok { // laid out meanwhile by another goroutine
		cache.ll.MoveToFront(e)
		return e.Value.(*cacheEntry).l
	}
	if len(l.runes) > cacheRunes {
		return l
	}
	cache.m[k] = cache.ll.PushFront(&cacheEntry{k, l})
	cache.runes += len(l.runes)
	for cache.ll.Len() > cacheEntries || cache.runes > cacheRunes {
		e := cache.ll.Back()
		ce := e.Value.(*cacheEntry)
		cache.ll.Remove(e)
		delete(cache.m, ce.key)
		cache.runes -= len(ce.l.runes)
	}
	return l
}
