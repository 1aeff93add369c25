// 销售工作台：只调用本系统已有的接口，每一栏只显示接口允许当前用户看到的内容（内容安全策略不允许内联脚本，故单独成文件）
(function () {
  'use strict';
  const TASKLIST = '/camunda/app/tasklist/default/';
  const FILING_PROCESS = 'customer-filing';
  const STATUS = {
    PENDING_APPROVAL: '待审批', REJECTED: '已驳回', APPROVED: '已通过', FOLLOWING: '跟进中', SIGNED: '已签约',
    ARCHIVED: '已归档', LAPSED: '已失效', VOID: '已作废', WITHDRAWN: '已撤回', IN_COLLISION: '撞单处理中'
  };
  const COLLISION_STATUS = { NEGOTIATING: '协商中', ARBITRATING: '仲裁中', AWAITING_CHOICE: '待客户选择', RESOLVED: '已解决' };
  const REGIONS = { east: '华东区', west: '华西区' };
  const ROLES = { FILER: '报备人', FOLLOWER: '跟进人', CO_OWNER: '共同所有人' };
  const KINDS = { ID_CARD: '身份证', BUSINESS_LICENSE: '营业执照', PASSPORT: '护照' };
  const CONDUCT_KIND = { VIOLATION: '违规', REWARD: '奖励' };
  const CONDUCT_STATUS = { REPORTED: '已举报', PROPOSED: '待确认', CONFIRMED: '已确认', DISMISSED: '已驳回', GRANTED: '已发放' };
  const GROUPS = { SALES: 'sales', MANAGER: 'regional-manager', FINANCE: 'finance', HR: 'hr-admin', ADMIN: 'camunda-admin' };
  const state = { filings: [], regionFilings: [] };

  function $(id) { return document.getElementById(id); }

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (v === null || v === undefined || v === false) { return; }
      if (k === 'text') { node.textContent = v; } else { node.setAttribute(k, v); }
    });
    (children || []).filter(c => c !== null && c !== undefined).forEach(c => node.append(c));
    return node;
  }

  function link(text, href, attrs) { return el('a', Object.assign({ href: href, text: text }, attrs || {})); }

  function tag(text, kind) { return el('span', { class: 'tag' + (kind ? ' ' + kind : ''), text: text }); }

  function pad(n) { return String(n).padStart(2, '0'); }

  /** 2026-12-12 10:00, in the browser's time zone. */
  function dateTime(iso) {
    if (!iso) { return '—'; }
    const d = new Date(iso);
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + ' ' + pad(d.getHours()) + ':' + pad(d.getMinutes());
  }

  function thisMonth() {
    const d = new Date();
    return d.getFullYear() + '-' + pad(d.getMonth() + 1);
  }

  function money(v) { return v === null || v === undefined ? '—' : Number(v).toLocaleString('zh-CN') + ' 元'; }

  function setStatus(text, error) {
    const status = $('status');
    status.textContent = text || '';
    status.className = error ? 'error' : '';
  }

  async function api(path, options) {
    const response = await fetch(path, Object.assign({ credentials: 'same-origin', headers: { Accept: 'application/json' } }, options || {}));
    if (!response.ok) {
      let message = '请求失败（' + response.status + '）';
      try { const body = await response.json(); message = body.message || body.error || message; } catch (e) { /* not JSON */ }
      const error = new Error(message);
      error.status = response.status;
      throw error;
    }
    return response.status === 204 ? null : response.json();
  }

  function empty(container, text) { container.replaceChildren(el('div', { class: 'empty', text: text })); }

  function showError(container, error) {
    container.replaceChildren(el('div', { class: 'empty', text: error.message }));
  }

  function taskLink(task, text) { return task ? link(text || ('办理：' + task.name), task.link, { class: 'task-link' }) : null; }

  // ---- 查重 ----
  async function lookup(event) {
    event.preventDefault();
    const by = $('lookup-by').value;
    const value = $('lookup-value').value.trim();
    const out = $('lookup-result');
    try {
      const r = await api('/api/customers/lookup?' + new URLSearchParams({ [by]: value }));
      out.replaceChildren(lookupCard(r));
    } catch (e) {
      showError(out, e);
    }
  }

  function lookupCard(r) {
    if (r.status === 'FREE') {
      return el('div', { class: 'card', 'data-lookup': 'FREE' }, [
        el('div', { class: 'title' }, [tag('可报备', 'ok'), '该客户尚未被报备']),
        el('div', { class: 'actions' }, [link('立即报备（在任务列表中打开报备表单）',
          TASKLIST + '#/?processStart=' + FILING_PROCESS, { class: 'button', id: 'start-filing' })])
      ]);
    }
    if (r.status === 'OWN') {
      return el('div', { class: 'card', 'data-lookup': 'OWN' }, [
        el('div', { class: 'title' }, [tag('本人已报备'), r.filingId]),
        el('div', { class: 'meta', text: '保护期至 ' + dateTime(r.protectedUntil) }),
        el('div', { class: 'actions' }, [link('查看报备', '/api/filings/' + encodeURIComponent(r.filingId))])
      ]);
    }
    return el('div', { class: 'card', 'data-lookup': r.status }, [
      el('div', { class: 'title' }, [tag('已受保护', 'bad'), '该客户已由他人报备，请勿重复拜访']),
      el('div', { class: 'meta', text: '归属：' + (r.maskedOwner || '—') + ' · ' + (REGIONS[r.ownerRegion] || r.ownerRegion || '—')
        + ' · 保护期至 ' + dateTime(r.protectedUntil) })
    ]);
  }

  // ---- 报备列表（我的 / 本区域）----
  function fillStatusFilter(select) {
    Object.entries(STATUS).forEach(([k, v]) => select.append(el('option', { value: k, text: v })));
  }

  function daysTag(f) {
    if (f.daysLeft === null || f.daysLeft === undefined) { return null; }
    if (f.daysLeft < 0) { return tag('保护期已过', 'bad'); }
    return tag('剩 ' + f.daysLeft + ' 天', f.daysLeft <= 3 ? 'warn' : null);
  }

  function collisionLine(c) {
    return el('div', { class: 'meta collision' }, [
      '撞单 ' + c.collisionId + '（' + (COLLISION_STATUS[c.status] || c.status) + '，' + (c.firstRepName || '—') + ' / '
        + (c.secondRepName || '—') + '） ',
      taskLink(c.task)
    ]);
  }

  function filingCard(f) {
    return el('div', { class: 'card', 'data-filing': f.filingId }, [
      el('div', { class: 'title' }, [f.filingId, tag(STATUS[f.status] || f.status, f.status === 'IN_COLLISION' ? 'bad' : null), daysTag(f)]),
      el('div', { class: 'meta', text: (f.customerName || '—') + ' · ' + (REGIONS[f.region] || f.region)
        + ' · 报备人 ' + f.filerName + ' · 跟进人 ' + (f.followerName || '未分派')
        + (f.roles && f.roles.length ? ' · 我是' + f.roles.map(r => ROLES[r] || r).join('、') : '') }),
      el('div', { class: 'meta', text: '报备于 ' + dateTime(f.filedAt) + ' · 保护期至 ' + dateTime(f.protectedUntil) }),
      ...f.collisions.map(collisionLine),
      el('div', { class: 'actions' }, [
        taskLink(f.nextTask),
        link('详情', '/api/filings/' + encodeURIComponent(f.filingId)),
        link('证件附件', '?filing=' + encodeURIComponent(f.filingId) + '#attachments')
      ])
    ]);
  }

  function sorted(list, by) {
    const copy = list.slice();
    if (by === 'daysLeft') {
      copy.sort((a, b) => (a.daysLeft ?? Infinity) - (b.daysLeft ?? Infinity));
    } else if (by === 'status') {
      copy.sort((a, b) => (STATUS[a.status] || a.status).localeCompare(STATUS[b.status] || b.status, 'zh-CN'));
    } else {
      copy.sort((a, b) => String(b.filedAt).localeCompare(String(a.filedAt)));
    }
    return copy;
  }

  function renderFilings(list, container, status, sortBy, none) {
    const shown = sorted(list.filter(f => !status || f.status === status), sortBy);
    if (!shown.length) { empty(container, none); return; }
    container.replaceChildren(...shown.map(filingCard));
  }

  function renderMine() {
    renderFilings(state.filings, $('filing-list'), $('filing-status').value, $('filing-sort').value, '暂无报备');
  }

  async function loadMine() {
    try {
      state.filings = await api('/api/filings/mine');
      renderMine();
    } catch (e) {
      showError($('filing-list'), e);
    }
  }

  // ---- 消息 ----
  async function loadMessages() {
    const list = $('message-list');
    try {
      const messages = await api('/api/notifications');
      const unread = messages.filter(m => !m.readAt).length;
      $('unread').textContent = unread;
      $('unread').className = 'badge' + (unread ? '' : ' zero');
      if (!messages.length) { empty(list, '暂无消息'); return; }
      list.replaceChildren(...messages.map(messageCard));
    } catch (e) {
      showError(list, e);
    }
  }

  function caseLink(m) {
    if (!m.link) { return null; }
    if (m.link === '/api/conduct/ledger') { return link('查看奖惩记录', '#conduct'); }
    return link('查看详情', m.link);
  }

  function messageCard(m) {
    const read = m.readAt ? null : el('button', { type: 'button', class: 'secondary mark-read', text: '标为已读' });
    if (read) {
      read.addEventListener('click', async () => {
        try {
          await api('/api/notifications/' + m.id + '/read', { method: 'POST' });
          await loadMessages();
        } catch (e) {
          setStatus(e.message, true);
        }
      });
    }
    return el('div', { class: 'card' + (m.readAt ? '' : ' unread'), 'data-message': m.id }, [
      el('div', { class: 'title' }, [m.subject, m.readAt ? null : tag('未读')]),
      el('div', { class: 'meta', text: m.body }),
      el('div', { class: 'meta', text: dateTime(m.createdAt) }),
      el('div', { class: 'actions' }, [taskLink(m.taskLink ? { link: m.taskLink, name: '' } : null, '去任务列表办理'), caseLink(m), read])
    ]);
  }

  // ---- 奖惩与提成 ----
  function ledgerCard(e) {
    const penalty = e.action ? '处理：' + e.action + (e.fineYuan ? '，罚款 ' + e.fineYuan + ' 元' : '') : '';
    return el('div', { class: 'card' }, [
      el('div', { class: 'title' }, [tag(CONDUCT_KIND[e.kind] || e.kind, e.kind === 'VIOLATION' ? 'bad' : 'ok'),
        e.detail || e.code, tag(CONDUCT_STATUS[e.status] || e.status)]),
      el('div', { class: 'meta', text: dateTime(e.reportedAt) + (penalty ? ' · ' + penalty : '') })
    ]);
  }

  async function loadLedger(path, container) {
    try {
      const entries = await api(path);
      if (!entries.length) { empty(container, '暂无奖惩记录'); return; }
      container.replaceChildren(...entries.map(ledgerCard));
    } catch (e) {
      showError(container, e);
    }
  }

  function commissionCard(c) {
    return el('div', { class: 'card' }, [
      el('div', { class: 'title' }, [c.contractName || c.filingId, tag(c.sharePercent + '%')]),
      el('div', { class: 'meta', text: c.filingId + ' · 合同 ' + money(c.contractAmount) + ' · 本人提成基数 ' + money(c.shareAmount)
        + (c.reason ? ' · ' + c.reason : '') })
    ]);
  }

  async function loadMyCommissions(me) {
    const period = thisMonth();
    $('commission-period').textContent = period;
    const container = $('my-commissions');
    try {
      const lines = await api('/api/commissions?' + new URLSearchParams({ period: period, rep: me.userId }));
      if (!lines.length) { empty(container, '本月暂无提成记录'); return; }
      container.replaceChildren(...lines.map(commissionCard));
    } catch (e) {
      showError(container, e);
    }
  }

  // ---- 证件附件 ----
  async function loadAttachments(filingId) {
    const list = $('attachment-list');
    $('attachment-filing').value = filingId;
    try {
      const items = await api('/api/filings/' + encodeURIComponent(filingId) + '/attachments');
      $('upload-form').hidden = false;
      if (!items.length) { empty(list, '该报备暂无证件附件'); return; }
      list.replaceChildren(...items.map(a => el('div', { class: 'card', 'data-attachment': a.id }, [
        el('div', { class: 'title' }, [KINDS[a.kind] || a.kind]),
        el('div', { class: 'meta', text: '上传于 ' + dateTime(a.uploadedAt) + ' · ' + Math.ceil(a.size / 1024) + ' KB' }),
        el('div', { class: 'actions' }, [link('下载', '/api/filings/' + encodeURIComponent(filingId) + '/attachments/' + a.id)])
      ])));
    } catch (e) {
      $('upload-form').hidden = true;
      showError(list, e);
    }
  }

  async function upload(event) {
    event.preventDefault();
    const filingId = $('attachment-filing').value.trim();
    const body = new FormData();
    body.append('kind', $('upload-kind').value);
    body.append('file', $('upload-file').files[0]);
    try {
      await api('/api/filings/' + encodeURIComponent(filingId) + '/attachments', { method: 'POST', body: body });
      $('upload-file').value = '';
      setStatus('已上传');
      await loadAttachments(filingId);
    } catch (e) {
      setStatus(e.message, true);
    }
  }

  // ---- 区域经理 ----
  async function loadRegion() {
    try {
      const [collisions, filings] = await Promise.all([api('/api/collisions/open'), api('/api/filings/region')]);
      const box = $('region-collisions');
      if (!collisions.length) { empty(box, '暂无未结撞单'); } else {
        box.replaceChildren(...collisions.map(c => el('div', { class: 'card', 'data-collision': c.collisionId }, [
          el('div', { class: 'title' }, [c.collisionId, tag(COLLISION_STATUS[c.status] || c.status, 'warn')]),
          el('div', { class: 'meta', text: (c.firstRepName || '—') + '（' + (c.firstFilingId || '—') + '） / ' + (c.secondRepName || '—')
            + '（' + (c.secondFilingId || '未报备') + '） · ' + dateTime(c.createdAt) }),
          el('div', { class: 'actions' }, [taskLink(c.task), link('详情', '/api/collisions/' + encodeURIComponent(c.collisionId))])
        ])));
      }
      state.regionFilings = filings;
      renderRegion();
    } catch (e) {
      showError($('region-filings'), e);
    }
  }

  function renderRegion() {
    renderFilings(state.regionFilings, $('region-filings'), $('region-status').value, 'filedAt', '本区域暂无报备');
  }

  // ---- 财务 ----
  async function loadFinance(event) {
    if (event) { event.preventDefault(); }
    const period = $('finance-period').value || thisMonth();
    $('finance-excel').href = '/api/commissions.xlsx?' + new URLSearchParams({ period: period });
    const box = $('finance-lines');
    try {
      const lines = await api('/api/commissions?' + new URLSearchParams({ period: period }));
      if (!lines.length) { empty(box, '该期间暂无提成记录'); return; }
      const head = el('tr', {}, ['报备', '合同', '签约日期', '合同金额', '销售', '比例', '提成基数', '依据'].map(h => el('th', { text: h })));
      const rows = lines.map(c => el('tr', {}, [
        el('td', { text: c.filingId }), el('td', { text: c.contractName || '—' }), el('td', { text: c.contractDate || '—' }),
        el('td', { class: 'num', text: money(c.contractAmount) }), el('td', { text: c.repName }),
        el('td', { class: 'num', text: c.sharePercent + '%' }), el('td', { class: 'num', text: money(c.shareAmount) }),
        el('td', { text: c.reason || '' })
      ]));
      box.replaceChildren(el('table', {}, [el('thead', {}, [head]), el('tbody', {}, rows)]));
    } catch (e) {
      showError(box, e);
    }
  }

  // ---- 人事 ----
  async function loadSuspensions() {
    const box = $('suspensions');
    try {
      const people = await api('/api/conduct/suspensions');
      if (!people.length) { empty(box, '目前没有被暂停报备权限的员工'); return; }
      box.replaceChildren(...people.map(person => {
        const lift = el('button', { type: 'button', class: 'lift', text: '恢复报备权限' });
        lift.addEventListener('click', async () => {
          try {
            await api('/api/conduct/suspensions/' + encodeURIComponent(person) + '/lift', { method: 'POST' });
            setStatus('已恢复 ' + person + ' 的报备权限');
            await loadSuspensions();
          } catch (e) {
            setStatus(e.message, true);
          }
        });
        return el('div', { class: 'card', 'data-person': person }, [el('div', { class: 'title' }, [person]), el('div', { class: 'actions' }, [lift])]);
      }));
    } catch (e) {
      showError(box, e);
    }
  }

  // ---- 启动 ----
  function showSection(id) {
    $(id).hidden = false;
  }

  function buildNav() {
    const nav = $('nav');
    document.querySelectorAll('main section:not([hidden])').forEach(s => nav.append(link(s.dataset.title, '#' + s.id)));
  }

  async function start() {
    fillStatusFilter($('filing-status'));
    fillStatusFilter($('region-status'));
    $('lookup-form').addEventListener('submit', lookup);
    $('filing-status').addEventListener('change', renderMine);
    $('filing-sort').addEventListener('change', renderMine);
    $('region-status').addEventListener('change', renderRegion);
    $('attachment-filing-form').addEventListener('submit', e => { e.preventDefault(); loadAttachments($('attachment-filing').value.trim()); });
    $('upload-form').addEventListener('submit', upload);
    $('finance-form').addEventListener('submit', loadFinance);
    $('hr-ledger-form').addEventListener('submit', e => {
      e.preventDefault();
      loadLedger('/api/conduct/ledger?' + new URLSearchParams({ person: $('hr-person').value.trim() }), $('hr-ledger'));
    });
    let me;
    try {
      me = await api('/api/me');
    } catch (e) {
      setStatus('无法读取登录信息：' + e.message, true);
      return;
    }
    $('me').textContent = me.name;
    const inGroup = g => me.groups.includes(g);
    if (inGroup(GROUPS.MANAGER)) { showSection('region'); loadRegion(); }
    if (inGroup(GROUPS.FINANCE)) { showSection('finance'); $('finance-period').value = thisMonth(); loadFinance(); }
    if (inGroup(GROUPS.HR) || inGroup(GROUPS.ADMIN)) { showSection('hr'); loadSuspensions(); }
    buildNav();
    const filing = new URLSearchParams(location.search).get('filing');
    if (filing) { loadAttachments(filing); }
    const loads = [loadMine(), loadMessages(), loadLedger('/api/conduct/ledger', $('ledger'))];
    if (inGroup(GROUPS.SALES)) {
      loads.push(loadMyCommissions(me));
    } else {
      $('my-commissions-part').hidden = true; // commission lines are paid to sales reps only
    }
    await Promise.all(loads);
  }

  document.addEventListener('DOMContentLoaded', start);
}());
