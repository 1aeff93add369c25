// 规则管理页：调用 /api/rules（HTTP basic，浏览器自带登录框），用 dmn-js 编辑决策表。
(function () {
  'use strict';

  const $ = (id) => document.getElementById(id);
  const modeler = new DmnJS({ container: '#canvas' });
  // dmn-js 10 takes callbacks
  const done = (resolve, reject) => (err, result) => (err ? reject(err) : resolve(result));
  const importXML = (xml) => new Promise((resolve, reject) => modeler.importXML(xml, done(resolve, reject)));
  const openView = (view) => new Promise((resolve, reject) => modeler.open(view, done(resolve, reject)));
  const saveXML = () => new Promise((resolve, reject) => modeler.saveXML({ format: true }, done(resolve, reject)));

  // the table being edited: where its XML came from, and whether the editor changed it since
  const state = { table: null, xml: null, change: 'EDIT', edited: false, label: '' };

  // XMLHttpRequest rather than fetch: a 401 from /api brings up the browser's login prompt, and credentials
  // given in the page's address (http://user:pw@host/rules/…) are used, where fetch refuses such a URL
  function call(method, path, body, contentType) {
    return new Promise((resolve, reject) => {
      const request = new XMLHttpRequest();
      request.open(method, '/api/rules' + path);
      request.setRequestHeader('Accept', 'application/json, */*;q=0.8');
      if (body !== undefined) request.setRequestHeader('Content-Type', contentType);
      request.onload = () => {
        const json = (request.getResponseHeader('Content-Type') || '').includes('json');
        const data = json && request.responseText ? JSON.parse(request.responseText) : request.responseText;
        if (request.status >= 200 && request.status < 300) resolve(data); else reject({ status: request.status, data });
      };
      request.onerror = () => reject({ status: 0, data: null });
      request.send(body);
    });
  }

  function problemText(error) {
    if (error.status === 401) return '请先登录（用户名与密码与 Tasklist 相同）。';
    if (error.status === 403) return '仅限规则分析员（analyst）和系统管理员（camunda-admin）使用本页面。';
    if (error.data && error.data.message) return error.data.message;
    return error.status ? '请求失败（HTTP ' + error.status + '）' : '无法连接服务器';
  }

  function showProblems(target, error) {
    const box = document.createElement('div');
    box.className = 'problems';
    if (error.data && Array.isArray(error.data.errors)) {
      box.textContent = '未通过检查：';
      const list = document.createElement('ul');
      error.data.errors.forEach((e) => {
        const item = document.createElement('li');
        item.textContent = e.field + '：' + e.message;
        list.appendChild(item);
      });
      box.appendChild(list);
    } else {
      box.textContent = problemText(error);
    }
    target.replaceChildren(box);
  }

  function notice(target, text) {
    const box = document.createElement('div');
    box.className = 'notice';
    box.textContent = text;
    target.replaceChildren(box);
  }

  function cell(row, text) {
    const td = document.createElement('td');
    if (text instanceof Node) td.appendChild(text); else td.textContent = text == null ? '' : String(text);
    row.appendChild(td);
    return td;
  }

  const time = (iso) => (iso ? iso.replace('T', ' ').slice(0, 16) : '');
  const fields = (list) => list.map((f) => f.name + '（' + f.type + '）').join('、');
  const outcome = (rules) => {
    if (!rules) return '—';
    if (rules.length === 0) return '（无匹配规则）';
    return rules.map((r) => Object.entries(r).map(([k, v]) => k + ' = ' + JSON.stringify(v)).join('，')).join('；');
  };

  async function loadTables() {
    const tables = await call('GET', '');
    const list = $('tables');
    list.replaceChildren();
    tables.forEach((table) => {
      const item = document.createElement('li');
      item.dataset.key = table.key;
      item.textContent = table.name;
      const small = document.createElement('small');
      small.textContent = table.key + (table.latestVersion ? ' · 当前版本 ' + table.latestVersion : '');
      item.appendChild(small);
      item.addEventListener('click', () => selectTable(table));
      list.appendChild(item);
    });
    const wanted = tables.find((t) => t.key === window.location.hash.slice(1)) || tables[0];
    if (wanted) await selectTable(wanted);
  }

  async function selectTable(table) {
    state.table = table;
    window.location.hash = table.key;
    document.querySelectorAll('#tables li').forEach((li) => li.classList.toggle('selected', li.dataset.key === table.key));
    $('table-detail').classList.remove('hidden');
    $('table-title').textContent = table.name + '（' + table.key + '）';
    $('table-contract').textContent = (table.contract ? '合同规定的决策' : '应用流程使用的决策') +
      '。输入：' + fields(table.inputs) + '；输出：' + fields(table.outputs) + '。新版本必须保持决策键、输入、输出及其类型，并设置历史保留期。';
    ['check-message', 'replay-result', 'deploy-message'].forEach((id) => $(id).replaceChildren());
    const versions = await loadVersions();
    const latest = versions.find((v) => v.latest);
    if (latest) await showVersion(latest.version);
  }

  async function loadVersions() {
    const versions = await call('GET', '/' + state.table.key + '/versions');
    const body = $('versions').querySelector('tbody');
    body.replaceChildren();
    versions.forEach((v) => {
      const row = document.createElement('tr');
      if (v.latest) row.className = 'current';
      cell(row, 'v' + v.version);
      cell(row, time(v.deployedAt));
      cell(row, v.deployedByName && v.deployedByName !== v.deployedBy ? v.deployedByName + '（' + v.deployedBy + '）' : v.deployedBy);
      cell(row, v.viaLabel + (v.changeLabel ? ' · ' + v.changeLabel : '') + (v.restoredVersion ? ' v' + v.restoredVersion : ''));
      cell(row, v.comment);
      const actions = cell(row, '');
      actions.appendChild(button('查看', () => showVersion(v.version)));
      if (!v.latest) actions.appendChild(button('回滚到此版本', () => rollback(v.version)));
      body.appendChild(row);
    });
    return versions;
  }

  function button(text, onClick) {
    const b = document.createElement('button');
    b.textContent = text;
    b.addEventListener('click', onClick);
    return b;
  }

  async function showVersion(version) {
    const xml = await call('GET', '/' + state.table.key + '/versions/' + version + '/xml');
    await load(xml, 'EDIT', '基于版本 v' + version);
  }

  async function load(xml, change, label) {
    Object.assign(state, { xml, change, edited: false, label });
    $('editing').textContent = '（' + label + '）';
    try {
      await importXML(xml);
      const view = modeler.getViews().find((v) => v.type === 'decisionTable' && v.element.id === state.table.key)
        || modeler.getViews().find((v) => v.type === 'decisionTable');
      if (view) await openView(view);
      const viewer = modeler.getActiveViewer();
      viewer.get('eventBus').on('commandStack.changed', () => {
        state.edited = true;
        $('editing').textContent = '（' + state.label + '，已修改）';
      });
    } catch (e) {
      notice($('check-message'), '编辑器无法显示此文件（' + e.message + '），仍可检查、重放并部署文件原文。');
    }
  }

  // the editor's XML once edited; otherwise the file as loaded, byte for byte
  async function candidateXml() {
    if (!state.edited) return { xml: state.xml, change: state.change };
    return { xml: await saveXML(), change: 'EDIT' };
  }

  async function replay() {
    $('replay-result').replaceChildren();
    $('check-message').replaceChildren();
    try {
      const { xml } = await candidateXml();
      const limit = encodeURIComponent($('limit').value || '50');
      const report = await call('POST', '/' + state.table.key + '/replay?limit=' + limit, xml, 'application/xml;charset=UTF-8');
      renderReplay(report);
    } catch (error) {
      showProblems($('check-message'), error);
    }
  }

  function renderReplay(report) {
    const target = $('replay-result');
    const summary = document.createElement('div');
    summary.className = 'summary';
    summary.textContent = '检查通过。重放最近 ' + report.total + ' 次真实评估：结果变化 ' + report.changed +
      ' 个，未变 ' + report.unchanged + ' 个' + (report.failed ? '，无法计算 ' + report.failed + ' 个' : '') + '。';
    const table = document.createElement('table');
    table.className = 'list';
    const head = document.createElement('tr');
    ['评估时间', '当时版本', '输入', '原结果', '新结果', '变化'].forEach((h) => {
      const th = document.createElement('th');
      th.textContent = h;
      head.appendChild(th);
    });
    table.appendChild(head);
    report.cases.forEach((c) => {
      const row = document.createElement('tr');
      if (c.changed) row.className = 'changed';
      if (c.error) row.className = 'failed';
      cell(row, time(c.evaluatedAt));
      cell(row, c.version ? 'v' + c.version : '');
      cell(row, c.inputs.map((i) => (i.label || i.expression) + ' = ' + JSON.stringify(i.value)).join('；'));
      cell(row, outcome(c.oldOutput));
      cell(row, c.error || outcome(c.newOutput));
      cell(row, c.error ? '无法计算' : (c.changed ? '是' : '否'));
      table.appendChild(row);
    });
    target.replaceChildren(summary, table);
  }

  async function deploy() {
    try {
      const { xml, change } = await candidateXml();
      const body = JSON.stringify({ xml, comment: $('comment').value, change });
      const version = await call('POST', '/' + state.table.key + '/deployments', body, 'application/json');
      await deployed(version);
    } catch (error) {
      showProblems($('deploy-message'), error);
    }
  }

  async function rollback(version) {
    try {
      const body = JSON.stringify({ comment: $('comment').value });
      const created = await call('POST', '/' + state.table.key + '/versions/' + version + '/rollback', body, 'application/json');
      await deployed(created);
    } catch (error) {
      showProblems($('deploy-message'), error);
    }
  }

  async function deployed(version) {
    $('comment').value = '';
    await loadVersions();
    await showVersion(version.version);
    notice($('deploy-message'), '已部署为版本 v' + version.version + '，下一次评估即使用此版本。');
    const item = document.querySelector('#tables li[data-key="' + state.table.key + '"] small');
    if (item) item.textContent = state.table.key + ' · 当前版本 ' + version.version;
  }

  $('upload').addEventListener('change', async (event) => {
    const file = event.target.files[0];
    if (!file) return;
    await load(await file.text(), 'UPLOAD', '上传的文件 ' + file.name);
    event.target.value = '';
  });
  $('replay').addEventListener('click', replay);
  $('deploy').addEventListener('click', deploy);

  loadTables().catch((error) => showProblems($('page-message'), error));
})();
