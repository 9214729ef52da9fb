// A TypeDoc plugin of this repository (typedoc.json `plugin`): the API reference's topics, and the named types
// it shows instead of the types the checker spells out.
//
// Topics. The folders of src/ are the topics (ARCHITECTURE.md: one layer per folder), so no source file says
// which topic it belongs to: every declaration an entry point exports gets the category of the folder of the
// file that declares it, from `topics` below, the one table of them. typedoc.json sets `categorizeByGroup:
// false` and `navigation.includeCategories`, so every module's page and its navigation list their entries by
// topic; the plugin sets `categoryOrder` to the table's order (unless typedoc.json sets one).
// test/docs/api-topics.test.ts checks that every entry exports only from folders the table names.
//
// Named types. TypeDoc writes most types from the type the checker computes, which spells out what the source
// names: `is: (u: unknown) => u is EventRecord` showed the whole record type literal, `findService` returned
// the six services' types, every service value its whole operation table, before their descriptions. A type
// longer than `LONG_TYPE` characters (a guard's predicate, a signature's return type, a variable's or a
// property's type) is shown by name instead: as the exported values it is made of (`typeof support |
// typeof signin | undefined`, `readonly [typeof support, ...]`, a codec's member `typeof Recommendation`),
// or else as the source writes it (`u is EventRecord`, `CallerClass`). A service value, whose type has no name,
// shows its operation table by the operations' names only (`{ CreateCase: …; ResolveCase: … }`): each
// operation is documented by its request and response codecs and in its service's guide.
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import {
  Application,
  Comment,
  CommentTag,
  Converter,
  IntrinsicType,
  KindRouter,
  PredicateType,
  QueryType,
  ReferenceType,
  ReflectionKind,
  ReflectionType,
  TupleType,
  TypeOperatorType,
  UnionType,
  UnknownType,
  makeRecursiveVisitor,
} from 'typedoc'

/**
 * The topic of each folder of `src/` (relative, `/`-separated; `*` stands for any one folder name), in the
 * order the reference lists them. A file's topic is its folder's, or else its nearest parent folder's.
 */
export const topics = /** @type {const} */ ({
  parse: 'Parsing',
  record: 'Records',
  identity: 'Identity and callers',
  sources: 'Sources',
  errors: 'Errors',
  services: 'Services',
  'services/model': 'Service models',
  codec: 'Codec kit',
  read: 'Reading bytes',
  audit: 'Audit',
  aws: 'Finding services',
  'aws/*': 'AWS services',
  node: 'Files on every core',
  lambda: 'Lambda and S3',
})

/** The folder this plugin reads declarations from: the repository's `src/`. */
export const SOURCE_DIR = fileURLToPath(new URL('../src', import.meta.url))

/** The topics' titles, each once, in the table's order. */
export const topicTitles = [...new Set(Object.values(topics))]

/**
 * The topic of a source file.
 *
 * @param {string} file - the file's path, absolute or relative to `src/`
 * @returns {string | undefined} its topic, or `undefined` when no folder of it is in {@link topics}
 */
export function topicOf(file) {
  const path = relative(SOURCE_DIR, isAbsolute(file) ? file : join(SOURCE_DIR, file)).split(sep).join('/')
  if (path.startsWith('../')) return undefined
  const patterns = Object.entries(topics).map(([folder, title]) => /** @type {const} */ ([folder.split('/'), title]))
  for (let folder = dirname(path).split('/'); folder.length > 0 && folder[0] !== '.'; folder = folder.slice(0, -1)) {
    const exact = patterns.find(([pattern]) => pattern.join('/') === folder.join('/'))
    const wild = patterns.find(([pattern]) => pattern.length === folder.length && pattern.every((part, i) => part === '*' || part === folder[i]))
    const found = exact ?? wild
    if (found !== undefined) return found[1]
  }
  return undefined
}

/** A computed type longer than this, in characters, is shown by name. */
const LONG_TYPE = 120

/**
 * Whether a value is a copy of another (`export const UpdateXRequest = X`).
 *
 * @param {ts.Symbol} symbol - an exported value
 * @returns {boolean} whether its initializer is a name
 */
function copiesAValue(symbol) {
  const declaration = symbol.valueDeclaration
  return declaration !== undefined && ts.isVariableDeclaration(declaration) && declaration.initializer !== undefined && ts.isIdentifier(declaration.initializer)
}

/** The router typedoc.json names: TypeDoc's default (`kind`), but for the guides' file names. */
export const ROUTER = 'kind-guide-files'

/**
 * TypeDoc's default router, except that a guide keeps its file's name in its URL (`documents/scale.html`)
 * whatever its title: TypeDoc names a document's page after its `title` front matter
 * (`documents/Scaling_out.html`), which would move every guide's URL with its title.
 */
class GuideFileRouter extends KindRouter {
  /**
   * @override
   * @param {import('typedoc').Reflection} reflection - a page's reflection
   * @returns {string} its page's path, without extension
   */
  getIdealBaseName(reflection) {
    const file = reflection.isDocument() ? reflection.project.files.getReflectionPath(reflection) : undefined
    return file === undefined ? super.getIdealBaseName(reflection) : `documents/${basename(file, '.md')}`
  }
}

/**
 * The plugin.
 *
 * @param {import('typedoc').Application} app - TypeDoc
 */
export function load(app) {
  app.renderer.defineRouter(ROUTER, GuideFileRouter)
  app.on(Application.EVENT_BOOTSTRAP_END, () => {
    if (!app.options.isSet('categoryOrder')) app.options.setValue('categoryOrder', [...topicTitles, '*'])
  })

  /** @type {Map<import('typedoc').DeclarationReflection, string>} */
  const topicOfReflection = new Map()

  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    // An entry point's exports (its re-exports of another entry's declarations too) get their topic.
    if (reflection.parent?.kindOf(ReflectionKind.Module) !== true) return
    const found = context.getSymbolFromReflection(reflection)
    const symbol = found !== undefined && found.flags & ts.SymbolFlags.Alias ? context.checker.getAliasedSymbol(found) : found
    const file = symbol?.declarations?.[0]?.getSourceFile().fileName
    if (file === undefined) return
    const topic = topicOf(file)
    if (topic === undefined) {
      app.logger.warn(`${reflection.getFriendlyFullName()} is declared in ${relative(SOURCE_DIR, file)}, whose folder has no topic in scripts/typedoc-topics.mjs`)
      return
    }
    topicOfReflection.set(reflection, topic)
  })

  /** @type {Set<import('typedoc').DeclarationReflection>} */
  const madeComments = new Set()
  // Before TypeDoc's CategoryPlugin (priority -200) reads the `@category` tags.
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    () => {
      for (const [reflection, topic] of topicOfReflection) {
        const tag = new CommentTag('@category', [{ kind: 'text', text: topic }])
        const comment = reflection.comment ?? reflection.getNonIndexSignatures().find((signature) => signature.comment)?.comment
        if (comment !== undefined) comment.blockTags.push(tag)
        else {
          reflection.comment = new Comment([], [tag])
          madeComments.add(reflection)
        }
      }
    },
    -100,
  )
  // After it: a comment made only to carry the tag goes, so that validation still sees the reflection undocumented.
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    () => {
      for (const reflection of madeComments) delete reflection.comment
    },
    -300,
  )

  /** @type {Map<ts.Type, ts.Symbol> | undefined} */
  let exportedValues
  /**
   * The value an entry point exports whose type is exactly this one, if any.
   *
   * @param {import('typedoc').Context} context - the converter's
   * @param {ts.Type} type - a type
   * @returns {ts.Symbol | undefined} the value
   */
  const valueOfType = (context, type) => {
    if (exportedValues === undefined) {
      exportedValues = new Map()
      for (const path of app.options.getValue('entryPoints')) {
        const file = context.program.getSourceFile(path)
        const module = file === undefined ? undefined : context.checker.getSymbolAtLocation(file)
        if (module === undefined) continue
        for (const exported of context.checker.getExportsOfModule(module)) {
          const symbol = exported.flags & ts.SymbolFlags.Alias ? context.checker.getAliasedSymbol(exported) : exported
          if (!(symbol.flags & ts.SymbolFlags.Variable)) continue
          // Of values that share a type (`export const UpdateXRequest = X`), the one they copy names it.
          const valueType = context.checker.getTypeOfSymbol(symbol)
          const known = exportedValues.get(valueType)
          if (known === undefined || (copiesAValue(known) && !copiesAValue(symbol))) exportedValues.set(valueType, symbol)
        }
      }
    }
    return exportedValues.get(type)
  }

  /**
   * A type as the exported values it is made of: `typeof support | typeof signin | undefined`,
   * `readonly [typeof support, typeof signin]`.
   *
   * @param {import('typedoc').Context} context - the converter's, in the scope of the reflection that has the type
   * @param {ts.Type} type - the type
   * @param {ts.Symbol | undefined} self - the value the type is of, which is not named by itself
   * @returns {import('typedoc').SomeType | undefined} the named type, or `undefined` when no part of it is an exported value's
   */
  const byValues = (context, type, self) => {
    const checker = context.checker
    /** @param {ts.Type} part */
    const query = (part) => {
      const value = valueOfType(context, part)
      return value === undefined || value === self ? undefined : new QueryType(context.createSymbolReference(value, context))
    }
    const parts = type.isUnion() ? type.types : checker.isTupleType(type) ? checker.getTypeArguments(/** @type {ts.TypeReference} */ (type)) : undefined
    if (parts === undefined) return query(type)
    const queries = parts.map(query)
    if (queries.every((named) => named === undefined)) return undefined
    const named = parts.map((part, i) => queries[i] ?? context.converter.convertType(context, part))
    if (type.isUnion()) {
      // `undefined` and `null` last, as the source writes them.
      const last = (/** @type {import('typedoc').SomeType} */ part) => part instanceof IntrinsicType && (part.name === 'undefined' || part.name === 'null')
      return new UnionType([...named.filter((part) => !last(part)), ...named.filter(last)])
    }
    const tuple = new TupleType(named)
    const target = /** @type {ts.TupleType} */ (/** @type {ts.TypeReference} */ (type).target)
    return target.readonly ? new TypeOperatorType(tuple, 'readonly') : tuple
  }

  /**
   * Drops the reflections a type that is no longer shown holds (its type literals and their members).
   *
   * @param {import('typedoc').Context} context - the converter's
   * @param {import('typedoc').SomeType} type - the type replaced
   */
  const discard = (context, type) => {
    type.visit(makeRecursiveVisitor({ reflection: (literal) => context.project.removeReflection(literal.declaration) }))
  }

  /**
   * Shows a long type by name: by the exported values it is made of, or else as the source writes it.
   *
   * @param {import('typedoc').Context} context - the converter's, in the scope of the reflection that has the type
   * @param {import('typedoc').SomeType} shown - the type as TypeDoc converted it
   * @param {ts.Type | undefined} type - the checker's type
   * @param {ts.TypeNode | undefined} written - the type as the source writes it
   * @param {ts.Symbol | undefined} self - the value the type is of
   * @returns {import('typedoc').SomeType} the type to show
   */
  const named = (context, shown, type, written, self) => {
    if (shown.toString().length <= LONG_TYPE) return shown
    const better = (type === undefined ? undefined : byValues(context, type, self)) ?? (written === undefined ? undefined : context.converter.convertType(context, written))
    if (better === undefined) return shown
    discard(context, shown)
    return better
  }

  app.converter.on(Converter.EVENT_CREATE_SIGNATURE, (context, signature, declaration, tsSignature) => {
    if (signature.type === undefined) return
    const written = declaration?.type !== undefined && ts.isTypeNode(declaration.type) ? declaration.type : undefined
    const scope = context.withScope(signature)
    if (written !== undefined && ts.isTypePredicateNode(written)) {
      // `u is EventRecord`, not the record's type literal; a short union of values stays as it is.
      if (written.type !== undefined && signature.type instanceof PredicateType && signature.type.toString().length > LONG_TYPE) {
        const old = signature.type
        signature.type = new PredicateType(old.name, old.asserts, context.converter.convertType(scope, written.type))
        discard(context, old)
      }
      return
    }
    signature.type = named(scope, signature.type, tsSignature?.getReturnType(), written, undefined)
  })

  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Variable | ReflectionKind.Property) || reflection.type === undefined) return
    const symbol = context.getSymbolFromReflection(reflection)
    const declaration = symbol?.valueDeclaration
    if (symbol === undefined || declaration === undefined) return
    const written =
      (ts.isVariableDeclaration(declaration) || ts.isPropertySignature(declaration) || ts.isPropertyDeclaration(declaration)) && declaration.type !== undefined
        ? declaration.type
        : undefined
    const scope = context.withScope(reflection)
    reflection.type = named(scope, reflection.type, context.checker.getTypeOfSymbol(symbol), written, symbol)

    // A service value: `Service<'support.amazonaws.com', { CreateCase: …; ResolveCase: … }>`.
    const type = reflection.type
    const ownPackage = context.project.getSymbolIdFromReflection(reflection)?.packageName
    if (!(type instanceof ReferenceType) || type.typeArguments === undefined || type.package !== ownPackage) return
    for (const argument of type.typeArguments) {
      if (!(argument instanceof ReflectionType) || argument.toString().length <= LONG_TYPE) continue
      for (const member of argument.declaration.children ?? []) {
        if (member.type !== undefined) discard(context, member.type)
        member.type = new UnknownType('…')
      }
    }
  })
}
