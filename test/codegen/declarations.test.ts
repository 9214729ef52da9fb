// Every generated file emits its declarations on its own (`ts.transpileDeclaration`, as the build does): every
// export is explicitly typed (isolatedDeclarations), and the declarations hold no table.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { AWS_DIR, generatedFolders } from '../../codegen/generate.js'

const compilerOptions: ts.CompilerOptions = {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  strict: true,
  declaration: true,
  isolatedDeclarations: true,
}

// Every file comes from the same template: the largest and those with overlays, and every 8th of the others
// (parsing all 24 MB takes 20 s).
const SPECIAL = ['ec2', 's3', 'lambda', 'iam', 'sts', 'rds', 'pinpoint', 'securityhub', 'sagemaker', 'quicksight']
const sample = generatedFolders().filter((name, i) => SPECIAL.includes(name) || i % 8 === 0)

describe('generated declarations', () => {
  it('emit file by file with no diagnostic', () => {
    const failures: string[] = []
    for (const name of sample) {
      const fileName = join(AWS_DIR, name, 'index.ts')
      const output = ts.transpileDeclaration(readFileSync(fileName, 'utf8'), { fileName, compilerOptions, reportDiagnostics: true })
      for (const diagnostic of output.diagnostics ?? []) {
        failures.push(`${name}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`)
      }
      if (output.outputText.includes('table: {')) failures.push(`${name}: the declarations hold the table`)
    }
    expect(failures).toEqual([])
  })
})
