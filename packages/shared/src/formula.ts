import jsep from 'jsep';

/**
 * Calculated indicators: `[DECH-01] / [POP] * 1000`, `sum([A], [B], [C])`, `avg(A1, A2)`.
 * References are indicator codes, in brackets (any code) or bare (codes that are identifiers).
 * Parsed by jsep into a tree that is checked node by node and evaluated here: never `eval`, no
 * property access, no function but the four below.
 */
export type FormulaNode =
  | { kind: 'number'; value: number }
  | { kind: 'ref'; code: string }
  | { kind: 'unary'; operator: '-' | '+'; argument: FormulaNode }
  | { kind: 'binary'; operator: '+' | '-' | '*' | '/'; left: FormulaNode; right: FormulaNode }
  | { kind: 'call'; name: FormulaFunction; args: FormulaNode[] };

const FUNCTIONS = {
  sum: (xs: number[]) => xs.reduce((a, b) => a + b, 0),
  avg: (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length,
  min: (xs: number[]) => Math.min(...xs),
  max: (xs: number[]) => Math.max(...xs),
} as const;
type FormulaFunction = keyof typeof FUNCTIONS;
/** French spellings users type. */
const ALIASES: Record<string, FormulaFunction> = { somme: 'sum', moyenne: 'avg', moy: 'avg' };

export type ParsedFormula = { ok: true; tree: FormulaNode; refs: string[] } | { ok: false; error: string };

const REF_PLACEHOLDER = '__ref';

export function parseFormula(text: string): ParsedFormula {
  const bracketed: string[] = [];
  const source = text.replace(/\[([^\]]*)\]/g, (_, code: string) => {
    bracketed.push(code.trim().toUpperCase());
    return ` ${REF_PLACEHOLDER}${bracketed.length - 1} `;
  });
  if (bracketed.some((code) => code === '')) return { ok: false, error: 'Référence vide : écrivez le code entre crochets, par exemple [POP]' };
  if (!source.trim()) return { ok: false, error: 'La formule est vide' };
  let parsed: jsep.Expression;
  try {
    parsed = jsep(source);
  } catch (error) {
    const where = (error as { index?: number }).index;
    return { ok: false, error: `Formule illisible${where === undefined ? '' : ` vers le caractère ${where + 1}`}` };
  }
  try {
    const refs = new Set<string>();
    const tree = convert(parsed, bracketed, refs);
    return { ok: true, tree, refs: [...refs] };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

function convert(node: jsep.Expression, bracketed: string[], refs: Set<string>): FormulaNode {
  switch (node.type) {
    case 'Literal': {
      const value = (node as jsep.Literal).value;
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`Valeur non numérique : ${(node as jsep.Literal).raw}`);
      return { kind: 'number', value };
    }
    case 'Identifier': {
      const name = (node as jsep.Identifier).name;
      const placeholder = new RegExp(`^${REF_PLACEHOLDER}(\\d+)$`).exec(name);
      const code = placeholder ? bracketed[Number(placeholder[1])]! : name.toUpperCase();
      refs.add(code);
      return { kind: 'ref', code };
    }
    case 'UnaryExpression': {
      const { operator, argument } = node as jsep.UnaryExpression;
      if (operator !== '-' && operator !== '+') throw new Error(`Opérateur non autorisé : ${operator}`);
      return { kind: 'unary', operator, argument: convert(argument, bracketed, refs) };
    }
    case 'BinaryExpression': {
      const { operator, left, right } = node as jsep.BinaryExpression;
      if (!['+', '-', '*', '/'].includes(operator)) throw new Error(`Opérateur non autorisé : ${operator}`);
      return { kind: 'binary', operator: operator as '+', left: convert(left, bracketed, refs), right: convert(right, bracketed, refs) };
    }
    case 'CallExpression': {
      const { callee, arguments: args } = node as jsep.CallExpression;
      const raw = callee.type === 'Identifier' ? (callee as jsep.Identifier).name.toLowerCase() : '';
      const name = (raw in FUNCTIONS ? raw : ALIASES[raw]) as FormulaFunction | undefined;
      if (!name) throw new Error(`Fonction inconnue : ${raw || '?'} (autorisées : sum, avg, min, max)`);
      if (args.length === 0) throw new Error(`La fonction ${raw} attend au moins un argument`);
      return { kind: 'call', name, args: args.map((arg) => convert(arg, bracketed, refs)) };
    }
    default:
      throw new Error('Élément non autorisé dans une formule (seuls les nombres, les codes, + − × ÷, les parenthèses et sum/avg/min/max le sont)');
  }
}

/**
 * The value for one period, or null when an input is missing or the result is not a number
 * (division by zero): a calculated measure is only written when it is meaningful.
 */
export function evaluateFormula(tree: FormulaNode, values: Readonly<Record<string, number | null | undefined>>): number | null {
  const result = evaluate(tree, values);
  return result !== null && Number.isFinite(result) ? result : null;
}

function evaluate(node: FormulaNode, values: Readonly<Record<string, number | null | undefined>>): number | null {
  switch (node.kind) {
    case 'number':
      return node.value;
    case 'ref':
      return values[node.code] ?? null;
    case 'unary': {
      const value = evaluate(node.argument, values);
      return value === null ? null : node.operator === '-' ? -value : value;
    }
    case 'binary': {
      const left = evaluate(node.left, values);
      const right = evaluate(node.right, values);
      if (left === null || right === null) return null;
      if (node.operator === '/') return right === 0 ? null : left / right;
      return node.operator === '+' ? left + right : node.operator === '-' ? left - right : left * right;
    }
    case 'call': {
      const args = node.args.map((arg) => evaluate(arg, values));
      if (args.some((arg) => arg === null)) return null;
      return FUNCTIONS[node.name](args as number[]);
    }
  }
}

/**
 * Codes in an order where every calculated indicator comes after its inputs; `cycle` names the
 * codes caught in a loop (a formula that refers to itself, directly or not).
 */
export function formulaOrder(formulas: Readonly<Record<string, string[]>>): { order: string[]; cycle: string[] } {
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const cycle: string[] = [];
  const visit = (code: string, path: string[]) => {
    if (state.get(code) === 'done') return;
    if (state.get(code) === 'visiting') {
      if (cycle.length === 0) cycle.push(...path.slice(path.indexOf(code)), code);
      return;
    }
    state.set(code, 'visiting');
    for (const input of formulas[code] ?? []) visit(input, [...path, code]);
    state.set(code, 'done');
    order.push(code);
  };
  for (const code of Object.keys(formulas)) visit(code, []);
  return { order, cycle };
}
