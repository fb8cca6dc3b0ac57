// Draws the desk's open alerts by rule and by age from the data the page carries in data-chart.
document.querySelectorAll('[data-chart]').forEach(function (element) {
  if (typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(element.getAttribute('data-chart'));
  var horizontal = element.hasAttribute('data-horizontal');
  var categories = { type: 'category', data: data.labels, axisLabel: { width: 140, overflow: 'truncate' } };
  var values = { type: 'value', minInterval: 1 };
  echarts.init(element).setOption({
    grid: { left: horizontal ? 150 : 40, right: 16, top: 8, bottom: 24 },
    tooltip: {},
    xAxis: horizontal ? values : categories,
    yAxis: horizontal ? Object.assign({ inverse: true }, categories) : values,
    series: [{ type: 'bar', data: data.values, itemStyle: { color: '#0d6efd' } }]
  });
});
// A missing rankings fragment leaves its slot empty instead of raising the refusal notice.
document.getElementById('rankings-slot').addEventListener('htmx:responseError', function (event) {
  event.stopPropagation();
});
