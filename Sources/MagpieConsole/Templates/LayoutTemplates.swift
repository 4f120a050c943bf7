/// The frame around every page, the sign-in form and the one-line message page.
enum LayoutTemplates {
    static let all: [String: String] = ["header": header, "footer": footer, "login": login, "message": message, "pager": pager]

    static let header = #"""
    <!doctype html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{title}} · Magpie console</title>
    <link rel="stylesheet" href="{{prefix}}/static/console.css">
    </head>
    <body>
    <header class="top">
      <a class="brand" href="{{prefix}}/">Magpie</a>
      {{#signedIn}}
      <nav>
        <a href="{{prefix}}/">Dashboard</a>
        <a href="{{prefix}}/integrations">Integrations</a>
        <a href="{{prefix}}/bulks">Bulk actions</a>
        <a href="{{prefix}}/webhooks">Webhooks</a>
        <a href="{{prefix}}/audit">Audit log</a>
        <a href="{{prefix}}/events">Change feed</a>
        <a href="{{prefix}}/faults">Faults</a>
        <a href="{{prefix}}/config">Configuration</a>
        <a href="{{prefix}}/explorer">API explorer</a>
      </nav>
      <form class="signout" method="post" action="{{prefix}}/logout">
        <input type="hidden" name="_csrf" value="{{csrf}}">
        <span>{{username}}</span> <button type="submit">Sign out</button>
      </form>
      {{/signedIn}}
    </header>
    <main>
    <h1>{{title}}</h1>
    {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
    {{#problem}}<p class="problem" role="alert">{{problem}}</p>{{/problem}}

    """#

    static let footer = #"""
    </main>
    </body>
    </html>

    """#

    static let login = #"""
    {{> header}}
    <form class="card narrow" method="post" action="{{prefix}}/login">
      <input type="hidden" name="_csrf" value="{{csrf}}">
      <label>User name <input name="username" value="{{username}}" autocomplete="username" required autofocus></label>
      <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
      <button type="submit">Sign in</button>
    </form>
    {{> footer}}
    """#

    static let message = #"""
    {{> header}}
    <p>{{text}}</p>
    <p><a href="{{prefix}}/">Back to the dashboard</a></p>
    {{> footer}}
    """#

    static let pager = #"""
    {{#pager}}
    <nav class="pager">
      {{#previous}}<a href="{{previous}}">← Previous</a>{{/previous}}
      <span>{{summary}}</span>
      {{#next}}<a href="{{next}}">Next →</a>{{/next}}
    </nav>
    {{/pager}}
    """#
}
