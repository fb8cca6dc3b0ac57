// The units' alerts and overdue cases as bars; the data comes with the page as JSON.
(function () {
  var data = JSON.parse(document.getElementById('unit-chart-data').textContent);
  var chart = echarts.init(document.getElementById('unit-chart'));
  chart.setOption({
    tooltip: {}, legend: { data: [data.alertsLabel, data.overdueLabel] },
    grid: { left: 40, right: 10, bottom: 60, top: 30 },
    xAxis: { type: 'category', data: data.units, axisLabel: { rotate: 30 } }, yAxis: { type: 'value', minInterval: 1 },
    series: [{ name: data.alertsLabel, type: 'bar', data: data.alerts },
             { name: data.overdueLabel, type: 'bar', data: data.overdue }]
  });
})();
