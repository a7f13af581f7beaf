"""The recruiter's web app, served on the dashboard listener (never on the webhook one).

    app          dashboard_app(context): the routes of every page, sign-in, static files
    templating   the one Jinja2 environment, `render`, the time filters, mine/everyone
    today        / : tasks due, replies to decide, what needs attention
    candidates   /candidates and /candidates/{id}: search, filters, one person and actions
    forgetting   /candidates/{id}/forget: "Forget this person", for admins
    sequences, imports, optouts   the other pages (each a module-level `routes`)
    templates/   the pages (extending base.html); static/ the stylesheet and vendored htmx

Pages are a thin shell: queries live in reports/, actions in engine/ and inbound/; a page
reads the form (CSRF-checked by web.auth), calls one function, audits it, renders.
May import web.auth, web.context, reports, inbound, engine, store, ops, config and errors.
"""
