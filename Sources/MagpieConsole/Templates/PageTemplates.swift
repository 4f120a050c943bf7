/// The dashboard, integrations, configuration, API explorer and Swagger pages.
enum PageTemplates {
    static let all: [String: String] = [
        "dashboard": dashboard, "integrations": integrations, "acl_node": aclNode,
        "integration_credentials": credentials, "config": config, "explorer": explorer, "swagger": swagger,
    ]

    static let dashboard = #"""
    {{> header}}
    <section class="tiles">
      <div class="tile"><span class="figure">{{stores}}</span> store views</div>
      <div class="tile"><a href="{{prefix}}/explorer"><span class="figure">{{products}}</span> products</a></div>
      <div class="tile"><span class="figure">{{customers}}</span> customers</div>
      <div class="tile"><span class="figure">{{orders}}</span> orders</div>
      <div class="tile"><a href="{{prefix}}/bulks"><span class="figure">{{queue}}</span> operations queued</a></div>
      <div class="tile"><a href="{{prefix}}/bulks"><span class="figure">{{applied}}</span> applied in the last hour ({{appliedPerMinute}}/min)</a></div>
      <div class="tile"><a href="{{prefix}}/webhooks"><span class="figure">{{webhookFailures}}</span> webhook failures in the last hour</a></div>
    </section>
    <h2>API traffic, last hour (this process)</h2>
    <table class="figures">
      <tr><th>Requests</th><td>{{requests}}</td></tr>
      <tr><th>4xx rate</th><td>{{clientErrors}}</td></tr>
      <tr><th>5xx rate</th><td>{{serverErrors}}</td></tr>
      <tr><th>Latency p50</th><td>{{p50}}</td></tr>
      <tr><th>Latency p95</th><td>{{p95}}</td></tr>
      <tr><th>Latency p99</th><td>{{p99}}</td></tr>
    </table>
    <p class="hint">Percentiles are the upper bounds of the metrics' latency buckets. <a href="/metrics">Prometheus metrics</a> · <a href="/swagger">Swagger</a></p>
    {{> footer}}
    """#

    static let integrations = #"""
    {{> header}}
    <table>
      <thead><tr><th>Id</th><th>Name</th><th>Email</th><th>Callback URL</th><th>Resources</th><th>Status</th><th></th></tr></thead>
      <tbody>
      {{#integrations}}
      <tr>
        <td>{{id}}</td><td>{{name}}</td><td>{{email}}</td><td>{{endpoint}}</td><td>{{resourceCount}}</td>
        <td>{{#active}}active{{/active}}{{^active}}inactive{{/active}}</td>
        <td class="actions">
          <form method="post" action="{{prefix}}/integrations/{{id}}/activate"><input type="hidden" name="_csrf" value="{{csrf}}">
            <button type="submit">{{#active}}Rotate token{{/active}}{{^active}}Activate{{/active}}</button></form>
          <form method="post" action="{{prefix}}/integrations/{{id}}/delete"><input type="hidden" name="_csrf" value="{{csrf}}">
            <button type="submit" class="danger">Delete</button></form>
        </td>
      </tr>
      {{/integrations}}
      {{^integrations}}<tr><td colspan="7">No integrations yet.</td></tr>{{/integrations}}
      </tbody>
    </table>
    <h2>New integration</h2>
    <form class="card" method="post" action="{{prefix}}/integrations" id="new-integration">
      <input type="hidden" name="_csrf" value="{{csrf}}">
      <label>Name <input name="name" required></label>
      <label>Email <input name="email" type="email"></label>
      <label>Callback URL <input name="endpoint" placeholder="https://… (optional: starts the OAuth handshake)"></label>
      <fieldset class="acl"><legend>API resources (a resource grants everything under it)</legend>
        <ul>{{#acl}}{{> acl_node}}{{/acl}}</ul>
      </fieldset>
      <button type="submit">Create</button>
    </form>
    {{> footer}}
    """#

    static let aclNode = #"""
    <li><label><input type="checkbox" name="resources" value="{{resource}}"> {{resource}}</label>
    {{#hasChildren}}<ul>{{#children}}{{> acl_node}}{{/children}}</ul>{{/hasChildren}}</li>
    """#

    static let credentials = #"""
    {{> header}}
    <p class="notice">Copy these now: the console does not show them again.</p>
    <table class="figures">
      <tr><th>Integration</th><td>{{id}} · {{name}}</td></tr>
      <tr><th>Consumer key</th><td><code id="consumer-key">{{consumerKey}}</code></td></tr>
      <tr><th>Consumer secret</th><td><code id="consumer-secret">{{consumerSecret}}</code></td></tr>
      {{#accessToken}}
      <tr><th>Access token</th><td><code id="access-token">{{accessToken}}</code></td></tr>
      <tr><th>Access token secret</th><td><code id="access-token-secret">{{accessTokenSecret}}</code></td></tr>
      {{/accessToken}}
    </table>
    <form method="post" action="{{prefix}}/integrations/{{id}}/activate">
      <input type="hidden" name="_csrf" value="{{csrf}}">
      {{^accessToken}}<button type="submit" id="activate">Activate</button>{{/accessToken}}
    </form>
    <p><a href="{{prefix}}/integrations">Back to integrations</a></p>
    {{> footer}}
    """#

    static let config = #"""
    {{> header}}
    <form class="inline" method="get" action="{{prefix}}/config">
      <label>Scope <select name="scope"><option value="">all</option><option>default</option><option>websites</option><option>stores</option></select></label>
      <button type="submit">Show</button>
    </form>
    <table>
      <thead><tr><th>Path</th><th>Scope</th><th>Scope id</th><th>Value</th><th></th></tr></thead>
      <tbody>
      {{#values}}
      <tr>
        <td><code>{{path}}</code></td><td>{{scope}}</td><td>{{scopeId}}</td>
        <td><form class="inline" method="post" action="{{prefix}}/config">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="path" value="{{path}}">
          <input type="hidden" name="scope" value="{{scope}}"><input type="hidden" name="scope_id" value="{{scopeId}}">
          <input name="value" value="{{value}}"> <button type="submit">Save</button>
          <button type="submit" name="delete" value="1" class="danger">Remove</button></form></td>
      </tr>
      {{/values}}
      {{^values}}<tr><td colspan="5">No values stored; Magpie uses its defaults.</td></tr>{{/values}}
      </tbody>
    </table>
    {{> pager}}
    <h2>Set a value</h2>
    <form class="card" method="post" action="{{prefix}}/config">
      <input type="hidden" name="_csrf" value="{{csrf}}">
      <label>Path <input name="path" required placeholder="general/locale/timezone"></label>
      <label>Scope <select name="scope"><option>default</option><option>websites</option><option>stores</option></select></label>
      <label>Scope id <input name="scope_id" value="0"></label>
      <label>Value <input name="value"></label>
      <button type="submit">Save</button>
    </form>
    {{> footer}}
    """#

    static let explorer = #"""
    {{> header}}
    <form class="card" id="explorer" method="post" action="{{prefix}}/explorer/send">
      <input type="hidden" name="_csrf" value="{{csrf}}">
      <label>Method <select name="method"><option>GET</option><option>POST</option><option>PUT</option><option>DELETE</option></select></label>
      <label>Path <input name="path" value="/V1/store/storeViews" size="60"></label>
      <label>Body (JSON) <textarea name="body" rows="5"></textarea></label>
      <button type="submit">Send as {{username}}</button>
      <pre id="answer" class="answer">The answer appears here.</pre>
    </form>
    <p>{{count}} operations. Choose one to fill the form.</p>
    {{#groups}}
    <details><summary>{{service}}</summary>
      <table>
        {{#operations}}
        <tr class="operation" data-method="{{method}}" data-path="{{path}}">
          <td><span class="method">{{method}}</span></td><td><code>{{path}}</code></td><td>{{summary}}</td>
          <td class="acl-cell">{{acl}}</td><td>{{parameters}}</td></tr>
        {{/operations}}
      </table>
    </details>
    {{/groups}}
    <script src="{{prefix}}/static/explorer.js"></script>
    {{> footer}}
    """#

    static let swagger = #"""
    {{> header}}
    <p>Magento's Swagger document, <code>{{schema}}</code>, read by a viewer Magpie serves itself. Without a token the
    document holds the anonymous operations only.</p>
    <form class="inline" id="swagger-token"><label>Bearer token <input name="token" size="50"></label> <button type="submit">Load</button></form>
    <div id="swagger" data-schema="{{schema}}">Loading…</div>
    <script src="{{prefix}}/static/swagger.js"></script>
    {{> footer}}
    """#
}
