# Varnish in front of Claimcheck (docs/deploy.md). It keeps only what the application marks for
# shared caches (patient pages: "public, max-age=0, s-maxage=..."), and the application purges
# a page the moment it changes (WAGTAILFRONTENDCACHE, delivery/purge.py).
vcl 4.1;

# The two gunicorn pools (deploy/gunicorn.conf.py): patients', and staff's for /admin/, so a
# director is never queued behind patients. With several app servers, list each and put them in
# a director (https://varnish-cache.org/docs/trunk/users-guide/vcl-backends.html).
backend patients {
    .host = "127.0.0.1";
    .port = "8000";
}

backend staff {
    .host = "127.0.0.1";
    .port = "8001";
    .first_byte_timeout = 120s;
}

# Who may purge: the application servers.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Purging is for the application servers."));
        }
        return (purge);
    }
    set req.backend_hint = patients;
    # Staff: the admin, and anyone signed in (a session), always reach the application.
    if (req.url ~ "^/admin(/|$)") {
        set req.backend_hint = staff;
        return (pass);
    }
    if (req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    if (req.method == "GET" || req.method == "HEAD") {
        # A patient page is the same for every visitor without a session: other cookies play
        # no part in it, and would otherwise stop it being shared.
        unset req.http.Cookie;
    }
}

sub vcl_backend_fetch {
    # A refill, after a purge or once a page's time is up: the application then answers with the
    # page as Redis holds it now, never its processes' copies of the last half second, which
    # this cache would keep (delivery/page_cache.py).
    set bereq.http.Shared-Cache-Fill = "1";
}

sub vcl_backend_response {
    # Anything the application did not mark for shared caches is passed on and not kept, so a
    # page that is not purged on change (a listing, the search) is never served stale.
    if (beresp.http.Cache-Control !~ "s-maxage") {
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        return (deliver);
    }
}

sub vcl_deliver {
    # For whoever operates the cache: whether this answer came from it.
    if (obj.hits > 0) {
        set resp.http.X-Cache = "hit";
    } else {
        set resp.http.X-Cache = "miss";
    }
}
