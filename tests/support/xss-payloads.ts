/** Markup and script in every text field a user or an imported pack can fill. */
export const PAYLOADS = [
  '<script>window.__xss=(window.__xss||0)+1</script>',
  '<img src=x onerror="window.__xss=(window.__xss||0)+1">',
  '<svg onload="window.__xss=(window.__xss||0)+1"></svg>',
  '"><iframe src="javascript:window.__xss=(window.__xss||0)+1"></iframe>',
  '<a href="javascript:window.__xss=(window.__xss||0)+1">click</a>',
  'javascript:window.__xss=(window.__xss||0)+1',
  'data:text/html,<script>window.__xss=1</script>',
  '[click](javascript:window.__xss=1)',
  '{{constructor.constructor("window.__xss=1")()}}',
  '<div style="background:url(\'javascript:window.__xss=1\')">x</div>'
]
