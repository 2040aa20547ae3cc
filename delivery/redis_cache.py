"""Django's own Redis cache, with one client per server kept for the process's life.

Django's backend builds a new `redis.Redis` for every cache call, and building one sets up its
hundreds of reply handlers: on a page answered from the cache that was half of the request's
processor time. The client is safe to share, and the connection pool under it is already kept,
so nothing else changes: the same keys, the same serializer, the same options.
"""

from django.core.cache.backends.redis import RedisCache, RedisCacheClient


class _KeptClients(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            # Keyed by the pool, which Django keeps for the process, so the id is never reused.
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class SharedRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = _KeptClients
