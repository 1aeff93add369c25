// 销售管理看板：GET /api/reports/kpis 的图表与表格（内容安全策略不允许内联脚本，故单独成文件）
(function () {
  'use strict';
  const REGIONS = { east: '华东区', west: '华西区' };
  const CUSTOMER_TYPES = { INDIVIDUAL: '个人客户', ENTERPRISE: '企业客户', OTHER: '其他组织' };
  const COLUMNS = [
    ['key', '销售'], ['filings', '报备数'], ['onTimeRate', '按时报备率%'], ['approved', '审批通过'], ['rejected', '驳回次数'],
    ['averageApprovalHours', '平均审批时长(小时)'], ['firstContactOnTimeRate', '首次联系及时率%'], ['lapseRate', '失效率%'],
    ['conversionRate', '签约转化率%'], ['collisions', '涉及撞单'], ['expectedAmount', '预计金额(元)'], ['contractAmount', '合同金额(元)']
  ];
  const charts = {};

  function chart(id) {
    if (!charts[id]) {
      charts[id] = echarts.init(document.getElementById(id));
    }
    return charts[id];
  }

  function previousMonth() {
    const d = new Date();
    d.setDate(1);
    d.setMonth(d.getMonth() - 1);
    return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0');
  }

  function regionName(r) { return REGIONS[r] || r; }
  function typeName(t) { return CUSTOMER_TYPES[t] || t; }
  function number(v) { return v === null || v === undefined ? '—' : Number(v).toLocaleString('zh-CN'); }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  }

  function setStatus(text, error) {
    const status = document.getElementById('status');
    status.textContent = text;
    status.className = error ? 'error' : '';
  }

  function kpiChart(id, rows, label) {
    const names = rows.map(r => label(r.key));
    chart(id).setOption({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 48, top: 56, bottom: 32 },
      xAxis: { type: 'category', data: names },
      yAxis: [{ type: 'value', name: '件数', minInterval: 1 }, { type: 'value', name: '%', max: 100 }],
      series: [
        { name: '报备数', type: 'bar', data: rows.map(r => r.filings) },
        { name: '审批通过', type: 'bar', data: rows.map(r => r.approved) },
        { name: '驳回次数', type: 'bar', data: rows.map(r => r.rejected) },
        { name: '涉及撞单', type: 'bar', data: rows.map(r => r.collisions) },
        { name: '按时报备率%', type: 'line', yAxisIndex: 1, data: rows.map(r => r.onTimeRate) },
        { name: '签约转化率%', type: 'line', yAxisIndex: 1, data: rows.map(r => r.conversionRate) }
      ]
    }, true);
  }

  function customerCharts(customers) {
    const regions = [...new Set(customers.map(c => c.region))];
    const types = [...new Set(customers.map(c => c.customerType))];
    const value = (region, type, field) => {
      const row = customers.find(c => c.region === region && c.customerType === type);
      return row ? Number(row[field]) : 0;
    };
    chart('chart-customers').setOption({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 24, top: 56, bottom: 32 },
      xAxis: { type: 'category', data: regions.map(regionName) },
      yAxis: { type: 'value', name: '报备数', minInterval: 1 },
      series: types.map(t => ({ name: typeName(t), type: 'bar', stack: 'filings', data: regions.map(r => value(r, t, 'filings')) }))
    }, true);
    const labels = customers.map(c => regionName(c.region) + '·' + typeName(c.customerType));
    chart('chart-amounts').setOption({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 80, right: 24, top: 56, bottom: 32 },
      xAxis: { type: 'category', data: labels },
      yAxis: { type: 'value', name: '元' },
      series: [
        { name: '预计金额', type: 'bar', data: customers.map(c => Number(c.expectedAmount)) },
        { name: '合同金额', type: 'bar', data: customers.map(c => Number(c.contractAmount)) }
      ]
    }, true);
  }

  function totals(data) {
    const reps = data.reps;
    const filings = reps.reduce((s, r) => s + r.filings, 0);
    const signed = data.customers.reduce((s, c) => s + c.signed, 0);
    const collisions = data.regions.reduce((s, r) => s + r.collisions, 0);
    const amount = data.customers.reduce((s, c) => s + Number(c.contractAmount), 0);
    const onTime = filings === 0 ? 0 : reps.reduce((s, r) => s + r.onTimeRate * r.filings, 0) / filings;
    document.getElementById('totals').innerHTML = [
      ['报备数', number(filings)], ['按时报备率', filings === 0 ? '—' : onTime.toFixed(1) + '%'], ['签约数', number(signed)],
      ['涉及撞单', number(collisions)], ['合同金额(元)', number(amount)], ['销售人员', number(reps.length)]
    ].map(([label, value]) => '<div class="total"><b>' + escapeHtml(value) + '</b><span>' + escapeHtml(label) + '</span></div>').join('');
  }

  function repTable(reps) {
    const target = document.getElementById('table-reps');
    if (reps.length === 0) {
      target.innerHTML = '<div class="empty">本期没有报备</div>';
      return;
    }
    target.innerHTML = '<table><thead><tr>' + COLUMNS.map(c => '<th>' + c[1] + '</th>').join('') + '</tr></thead><tbody>'
      + reps.map(r => '<tr>' + COLUMNS.map(c => '<td>' + escapeHtml(c[0] === 'key' ? r.key : number(r[c[0]])) + '</td>').join('') + '</tr>').join('')
      + '</tbody></table>';
  }

  function customerTable(customers) {
    const target = document.getElementById('table-customers');
    if (customers.length === 0) {
      target.innerHTML = '<div class="empty">本期没有报备</div>';
      return;
    }
    target.innerHTML = '<table><thead><tr><th>区域</th><th>客户类型</th><th>报备数</th><th>签约数</th><th>预计金额(元)</th><th>合同金额(元)</th><th>跟进次数</th><th>平均跟进次数</th></tr></thead><tbody>'
      + customers.map(c => '<tr>' + [regionName(c.region), typeName(c.customerType), number(c.filings), number(c.signed),
          number(c.expectedAmount), number(c.contractAmount), number(c.followUps), number(c.followUpsPerFiling)].map(v => '<td>' + escapeHtml(v) + '</td>').join('') + '</tr>').join('')
      + '</tbody></table>';
  }

  async function load(period) {
    document.getElementById('period').value = period;
    document.getElementById('excel').href = '/api/reports/kpis.xlsx?period=' + encodeURIComponent(period);
    history.replaceState(null, '', '?period=' + encodeURIComponent(period));
    setStatus('加载中…');
    let response;
    try {
      // from the origin: a page opened with user:password in its address cannot fetch a URL resolved against that address
      response = await fetch(location.origin + '/api/reports/kpis?period=' + encodeURIComponent(period), { credentials: 'same-origin',
        headers: { Accept: 'application/json' } });
    } catch (e) {
      setStatus('无法连接服务器', true);
      return;
    }
    if (response.status === 401) {
      setStatus('请先登录（HTTP 基本认证）', true);
      return;
    }
    if (response.status === 403) {
      setStatus('无权查看：仅区域经理、销售管理部、人事行政部和管理员可以查看业绩指标', true);
      return;
    }
    if (!response.ok) {
      setStatus('查询失败（' + response.status + '）', true);
      return;
    }
    const data = await response.json();
    totals(data);
    kpiChart('chart-reps', data.reps, k => k);
    kpiChart('chart-regions', data.regions, regionName);
    customerCharts(data.customers);
    repTable(data.reps);
    customerTable(data.customers);
    setStatus(period + ' 共 ' + data.reps.reduce((s, r) => s + r.filings, 0) + ' 份报备');
  }

  document.getElementById('period-form').addEventListener('submit', event => {
    event.preventDefault();
    const period = document.getElementById('period').value;
    if (period) {
      load(period);
    }
  });
  window.addEventListener('resize', () => Object.values(charts).forEach(c => c.resize()));

  const asked = new URLSearchParams(location.search).get('period');
  load(asked && /^\d{4}-\d{2}$/.test(asked) ? asked : previousMonth());
})();
