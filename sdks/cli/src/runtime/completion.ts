// Generated from generators/cli/runtime/completion.ts by generators/cli. Do not edit: change generators/cli/runtime/completion.ts or the generator.
// Shell completion for bash, zsh and fish. Each script asks the program itself for the candidates
// (`<bin> __complete <words...>`), so completion follows the command table without regenerating
// the scripts; `candidates` walks the same commander tree the parser uses.
import type { Command as Commander } from 'commander';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;

/** What may follow `words` (the words typed after the program name, the last one being completed). */
export function candidates(program: Commander, words: string[]): string[] {
  const typed = words.slice(0, -1);
  const partial = words[words.length - 1] ?? '';
  let node = program;
  for (const word of typed) {
    if (word.startsWith('-')) continue;
    const next = node.commands.find((c) => c.name() === word || c.aliases().includes(word));
    if (!next) break;
    node = next;
  }
  const names = node.commands.filter((c) => c.name() !== '__complete').map((c) => c.name());
  const flags = node.options.map((o) => o.long).filter((f): f is string => Boolean(f));
  const all = partial.startsWith('-') ? flags : names.length ? names : flags;
  return all.filter((c) => c.startsWith(partial));
}

export function completionScript(shell: (typeof SHELLS)[number], bin: string): string {
  const fn = `_${bin.replace(/[^A-Za-z0-9]/g, '_')}`;
  switch (shell) {
    case 'bash':
      return `# bash completion for ${bin}: eval "$(${bin} completion bash)"
${fn}() {
  local IFS=$'\\n'
  COMPREPLY=($(${bin} __complete "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
}
complete -o default -F ${fn} ${bin}
`;
    case 'zsh':
      return `#compdef ${bin}
# zsh completion for ${bin}: ${bin} completion zsh > "\${fpath[1]}/_${bin}"
${fn}() {
  local -a items
  items=("\${(@f)$(${bin} __complete "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  compadd -a items
}
compdef ${fn} ${bin}
`;
    case 'fish':
      return `# fish completion for ${bin}: ${bin} completion fish > ~/.config/fish/completions/${bin}.fish
complete -c ${bin} -f -a '(${bin} __complete (commandline -opc)[2..-1] (commandline -ct) 2>/dev/null)'
`;
  }
}
