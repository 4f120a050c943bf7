/// Bulk actions, webhooks, the audit log, the change feed and fault injection.
enum OperationsTemplates {
    static let all: [String: String] = [
        "bulks": bulks, "bulk": bulk, "webhooks": webhooks, "webhook": webhook, "audit": audit, "events": events, "faults": faults,
        "webhook_delivery": webhookDelivery,
    ]

    static let bulks = #"""
    {{> header}}
    <table>
      <thead><tr><th>Bulk</th><th>Description</th><th>Started</th><th>Operations</th><th>Complete</th><th>Failed</th><th>Open</th><th>Rejected</th></tr></thead>
      <tbody>
      {{#bulks}}
      <tr><td><a href="{{prefix}}/bulks/{{uuid}}"><code>{{uuid}}</code></a></td><td>{{description}}</td><td>{{startTime}}</td>
        <td>{{operationCount}}</td><td>{{complete}}</td><td class="failed">{{failed}}</td><td>{{open}}</td><td>{{rejected}}</td></tr>
      {{/bulks}}
      {{^bulks}}<tr><td colspan="8">No bulk actions yet.</td></tr>{{/bulks}}
      </tbody>
    </table>
    {{> pager}}
    {{> footer}}
    """#

    static let bulk = #"""
    {{> header}}
    <form method="post" action="{{prefix}}/bulks/{{uuid}}/retry"><input type="hidden" name="_csrf" value="{{csrf}}">
      <button type="submit">Retry every failed operation</button></form>
    <table>
      <thead><tr><th>Id</th><th>Topic</th><th>Status</th><th>Result</th><th>Message</th><th>Error code</th><th></th></tr></thead>
      <tbody>
      {{#operations}}
      <tr><td>{{id}}</td><td><code>{{topic}}</code></td><td>{{status}}</td><td><code>{{result}}</code></td><td>{{message}}</td><td>{{errorCode}}</td>
        <td>{{#failed}}<form method="post" action="{{prefix}}/bulks/{{uuid}}/operations/{{id}}/retry"><input type="hidden" name="_csrf" value="{{csrf}}">
          <button type="submit" class="retry">Retry</button></form>{{/failed}}</td></tr>
      {{/operations}}
      </tbody>
    </table>
    {{> pager}}
    <p><a href="{{prefix}}/bulks">All bulk actions</a></p>
    {{> footer}}
    """#

    static let webhooks = #"""
    {{> header}}
    <table>
      <thead><tr><th>Id</th><th>Name</th><th>URL</th><th>Topics</th><th>Active</th></tr></thead>
      <tbody>
      {{#webhooks}}
      <tr><td>{{id}}</td><td><a href="{{prefix}}/webhooks/{{id}}">{{name}}</a></td><td>{{url}}</td><td>{{topicList}}</td><td>{{#active}}yes{{/active}}{{^active}}no{{/active}}</td></tr>
      {{/webhooks}}
      {{^webhooks}}<tr><td colspan="5">No subscriptions yet.</td></tr>{{/webhooks}}
      </tbody>
    </table>
    <h2>New subscription</h2>
    <form class="card" method="post" action="{{prefix}}/webhooks" id="new-webhook">
      <input type="hidden" name="_csrf" value="{{csrf}}">
      <label>Name <input name="name" required></label>
      <label>URL <input name="url" required placeholder="https://…"></label>
      <label>Topics (comma-separated; * for all) <input name="topics" value="*" required></label>
      <label>Secret <input name="secret" placeholder="left blank: one is made"></label>
      <label><input type="checkbox" name="active" value="1" checked> Active</label>
      <button type="submit">Create</button>
    </form>
    {{> footer}}
    """#

    static let webhook = #"""
    {{> header}}
    <form class="card" method="post" action="{{prefix}}/webhooks/{{id}}">
      <input type="hidden" name="_csrf" value="{{csrf}}">
      <label>Name <input name="name" value="{{name}}"></label>
      <label>URL <input name="url" value="{{url}}"></label>
      <label>Topics <input name="topics" value="{{topicList}}"></label>
      <label>Signing secret <input name="secret" value="{{secret}}"></label>
      <label><input type="checkbox" name="active" value="1" {{#active}}checked{{/active}}> Active</label>
      <button type="submit">Save</button>
    </form>
    <div class="actions">
      <form method="post" action="{{prefix}}/webhooks/{{id}}/test"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit">Send a test</button></form>
      <form method="post" action="{{prefix}}/webhooks/{{id}}/delete"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit" class="danger">Delete</button></form>
    </div>
    <h2>Deliveries</h2>
    <p class="hint">Each request is the event as JSON, signed in the <code>Magpie-Signature</code> header: HMAC-SHA256 of timestamp and body under the secret above.</p>
    <table>
      <thead><tr><th>Id</th><th>Delivery</th><th>Event</th><th>Status</th><th>Attempts</th><th>Last answer</th><th>Last error</th><th>Next attempt</th><th>Delivered</th><th></th></tr></thead>
      <tbody>
      {{#deliveries}}
      <tr><td><a href="{{prefix}}/webhooks/{{webhook_id}}/deliveries/{{id}}">{{id}}</a></td><td><code>{{delivery_id}}</code></td><td>{{event_type}} #{{event_id}}</td><td>{{status}}</td><td>{{attempts}}</td>
        <td>{{last_status_code}}</td><td>{{last_error}}</td><td>{{next_attempt_at}}</td><td>{{delivered_at}}</td>
        <td><form method="post" action="{{prefix}}/webhooks/{{webhook_id}}/deliveries/{{id}}/redeliver"><input type="hidden" name="_csrf" value="{{csrf}}">
          <button type="submit" class="redeliver">Redeliver</button></form></td></tr>
      {{/deliveries}}
      {{^deliveries}}<tr><td colspan="10">No deliveries yet.</td></tr>{{/deliveries}}
      </tbody>
    </table>
    {{> pager}}
    {{> footer}}
    """#

    static let webhookDelivery = #"""
    {{> header}}
    <table class="figures">
      <tr><th>Delivery id</th><td><code>{{delivery_id}}</code></td></tr>
      <tr><th>Event</th><td>{{event_type}} #{{event_id}}</td></tr>
      <tr><th>Status</th><td>{{status}}</td></tr>
      <tr><th>Attempts</th><td>{{attempts}}</td></tr>
      <tr><th>Receiver's last answer</th><td>{{last_status_code}} {{last_error}}</td></tr>
      <tr><th>Next attempt</th><td>{{next_attempt_at}}</td></tr>
      <tr><th>Delivered</th><td>{{delivered_at}}</td></tr>
    </table>
    <h2>Request</h2>
    <table class="figures">
      {{#headers}}<tr><th>{{name}}</th><td><code>{{value}}</code></td></tr>{{/headers}}
    </table>
    {{#body}}<pre class="answer" id="delivery-body">{{body}}</pre>{{/body}}
    {{^body}}<p class="hint">The event is no longer in the change feed.</p>{{/body}}
    <p class="hint">To check a request: HMAC-SHA256 of <code>t</code>, a dot and the raw body, under the subscription's secret,
    must equal <code>v1</code>; refuse a <code>t</code> far from now.</p>
    <form method="post" action="{{prefix}}/webhooks/{{webhookId}}/deliveries/{{id}}/redeliver"><input type="hidden" name="_csrf" value="{{csrf}}">
      <button type="submit" class="redeliver">Redeliver</button></form>
    <p><a href="{{prefix}}/webhooks/{{webhookId}}">Back to the subscription</a></p>
    {{> footer}}
    """#

    static let audit = #"""
    {{> header}}
    <form class="filters" method="get" action="{{prefix}}/audit">
      <label>From <input type="datetime-local" name="from" value="{{from}}"></label>
      <label>To <input type="datetime-local" name="to" value="{{to}}"></label>
      <label>User id <input name="user" value="{{user}}" size="5"></label>
      <label>Method <input name="method" value="{{method}}" size="6"></label>
      <label>Path contains <input name="path" value="{{path}}"></label>
      <label>Status <input name="status" value="{{status}}" size="4"></label>
      <label>Entity <input name="entity" value="{{entity}}" placeholder="product:SKU"></label>
      <button type="submit">Filter</button>
      <a class="button" href="{{prefix}}/audit.csv?{{exportQuery}}">Export CSV</a>
    </form>
    <table>
      <thead><tr><th>Id</th><th>Time</th><th>Caller</th><th>Method</th><th>Path</th><th>Status</th><th>ms</th><th>Entities</th><th>Request</th></tr></thead>
      <tbody>
      {{#records}}
      <tr><td>{{id}}</td><td>{{created_at}}</td><td>{{user_type}}:{{user_id}}</td><td>{{method}}</td><td><code>{{path}}</code></td>
        <td>{{status}}</td><td>{{duration_ms}}</td><td>{{entity_ids}}</td><td><code>{{request_id}}</code></td></tr>
      {{/records}}
      {{^records}}<tr><td colspan="9">No calls match.</td></tr>{{/records}}
      </tbody>
    </table>
    {{> pager}}
    <p class="hint">Callers: 1 integration, 2 admin, 3 customer, 4 guest. Records are written in batches, a second or so after the call.</p>
    {{> footer}}
    """#

    static let events = #"""
    {{> header}}
    <form class="filters" method="get" action="{{prefix}}/events">
      <label>Types <input name="types" value="{{types}}" placeholder="product.*,order.created"></label>
      <button type="submit">Filter</button>
    </form>
    <table>
      <thead><tr><th>Event</th><th>Type</th><th>Entity</th><th>Time</th><th>Payload</th></tr></thead>
      <tbody>
      {{#events}}
      <tr><td>{{event_id}}</td><td>{{event_type}}</td><td>{{entity_type}} {{entity_id}}</td><td>{{created_at}}</td><td><code>{{payloadText}}</code></td></tr>
      {{/events}}
      {{^events}}<tr><td colspan="5">No events after this point.</td></tr>{{/events}}
      </tbody>
    </table>
    {{#next}}<nav class="pager"><a href="{{next}}">Next →</a></nav>{{/next}}
    {{> footer}}
    """#

    static let faults = #"""
    {{> header}}
    <table>
      <thead><tr><th>Name</th><th>Method</th><th>Path</th><th>Rate</th><th>Action</th><th>Status</th><th>Matched</th><th>Fired</th><th></th></tr></thead>
      <tbody>
      {{#rules}}
      <tr><td>{{name}}</td><td>{{method}}</td><td><code>{{path}}</code></td><td>{{rate}}</td><td>{{action}}</td><td>{{status}}</td><td>{{matched}}</td><td>{{fired}}</td>
        <td><form method="post" action="{{prefix}}/faults/{{index}}/delete"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit" class="danger">Remove</button></form></td></tr>
      {{/rules}}
      {{^rules}}<tr><td colspan="9">No rules: every request is answered normally.</td></tr>{{/rules}}
      </tbody>
    </table>
    <form method="post" action="{{prefix}}/faults/clear"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit" class="danger">Remove every rule</button></form>
    <h2>Add a rule</h2>
    <form class="card" method="post" action="{{prefix}}/faults">
      <input type="hidden" name="_csrf" value="{{csrf}}">
      <label>Name <input name="name"></label>
      <label>Method <input name="method" placeholder="any"></label>
      <label>Path <input name="path" placeholder="/V1/products*"></label>
      <label>Rate (0–1) <input name="rate" value="1"></label>
      <label>Action <select name="action"><option>status</option><option>rate_limit</option><option>latency</option><option>drop</option><option>hang</option><option>expire_token</option></select></label>
      <label>Status <input name="status" value="503"></label>
      <label>Latency ms <input name="ms"></label>
      <button type="submit">Add</button>
    </form>
    {{> footer}}
    """#
}
