"""Running it in production: what the daemon tells its operators.

    logs      JSON log lines (one per send, with its fields), addresses masked
    metrics   the Prometheus registry of a daemon: counters as things happen, and the queue's
              lag and in-doubt sends read at each scrape (`store.queue`)

Imports store/ and channels/ (the senders it counts), config and errors; nothing of engine/
(metrics is given the senders and queries it needs), inbound/ or above.
"""
