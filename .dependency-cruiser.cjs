// The import graph's rules, checked by `npm run lint` (dependency-cruiser): arrows go one way —
// content → the content layer → routes → components — and nothing goes round in a circle.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle, type-only ones included: each module must be readable without its importers.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'lib-stays-below',
      severity: 'error',
      comment: 'lib/ holds the code every part uses: it imports nothing from the routes, the components, the preview, the studio, the editorial server or the release system.',
      from: { path: '^lib/' },
      to: { path: '^(app|components|preview|studio|editorial|release)/' },
    },
    {
      name: 'release-runs-alone',
      severity: 'error',
      comment: 'The release system (release/) builds and serves what a commit holds: it knows nothing of the routes, the components, the preview, the studio or the editorial server.',
      from: { path: '^release/' },
      to: { path: '^(app|components|preview|studio|editorial)/' },
    },
    {
      name: 'components-know-no-preview',
      severity: 'error',
      comment: 'The site’s components, the ones authors use included, know nothing of the preview, the studio or the routes.',
      from: { path: '^components/' },
      to: { path: '^(app|preview|studio|editorial)/' },
    },
    {
      name: 'preview-and-studio-apart',
      severity: 'error',
      comment: 'The preview and the studio each live in one place, and neither reaches into the other.',
      from: { path: '^(preview|studio)/' },
      to: { path: '^(preview|studio)/', pathNot: '^$1/' },
    },
    {
      name: 'screens-do-not-reach-the-server',
      severity: 'error',
      comment:
        'The studio’s screens, the routes and the preview never import the editorial server (editorial/): they ask it over HTTP, and it names the person in the headers it passes on. What both sides need lives in lib/editorial/.',
      from: { path: '^(app|components|preview|studio)/' },
      to: { path: '^editorial/' },
    },
    {
      name: 'server-draws-no-screen',
      severity: 'error',
      comment: 'The editorial server (editorial/) draws no screen: it knows the studio’s addresses (studio/paths.ts) and nothing else of the studio, the routes, the components or the preview.',
      from: { path: '^editorial/' },
      to: { path: '^(app|components|preview|studio)/', pathNot: '^studio/paths\\.ts$' },
    },
    {
      name: 'one-git-door',
      severity: 'error',
      comment:
        'The site, the studio and the editorial server run git (and any other program) through one module, lib/editorial/repository.ts; the preview’s process is started by editorial/preview.ts. The release system, which runs alone, has its own (release/repo.ts).',
      from: { path: '^(app|components|preview|studio|editorial|lib)/', pathNot: '^(lib/editorial/repository\\.ts|editorial/preview\\.ts)$' },
      to: { dependencyTypes: ['core'], path: '^(node:)?child_process$' },
    },
    {
      name: 'one-door-to-content',
      severity: 'error',
      comment: 'Outside lib/content/, content is read through its door (lib/content/index.ts) or its rules (lib/content/schemas.ts). Unit tests may test its parts.',
      from: { pathNot: '^(lib/content/|tests/unit/)' },
      to: { path: '^lib/content/', pathNot: '^lib/content/(index|schemas)\\.ts$' },
    },
    {
      name: 'data-checks-do-not-draw',
      severity: 'error',
      comment: 'Validating the data files does not load the map’s renderer (d3-geo and the atlas’s drawing).',
      from: { path: '^lib/content/' },
      to: { path: '^lib/world/map\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.next|node_modules|content)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.mts', '.mjs', '.js', '.d.mts'] },
  },
};
