// `attw --pack .` over every entry point: the named ones come from package.json `exports`, and the services,
// exported by the `./aws/*` pattern that attw cannot expand, are listed one by one (every folder of src/aws/).
import { execFileSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serviceFolders } from './generated-services.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const { generated, handWritten } = serviceFolders(root)
const services = [...handWritten, ...generated].map((name) => `./aws/${name}`)
const attw = join(root, 'node_modules', '.bin', 'attw')
execFileSync(attw, ['--pack', '.', '--format', 'table-flipped', '--include-entrypoints', ...services], {
  cwd: root,
  stdio: 'inherit',
})
