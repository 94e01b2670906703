import { execFile } from './exec-file.ts';

/** What the sandbox must show of a Python installation, read from the host interpreter itself. */
export interface PythonInstall {
  /** The real interpreter binary (a pyenv shim resolved to e.g. /root/.pyenv/versions/3.11.7/bin/python3.11). */
  executable: string;
  version: string;
  /** Standard library directories (with lib-dynload). */
  stdlib: string[];
  /** Shared libraries the interpreter and its extension modules load, as the loader names them. */
  libraries: string[];
  /** site-packages directories: hidden in the sandbox, standard library only. */
  sitePackages: string[];
}

export type InspectOutcome = { ok: true; install: PythonInstall } | { ok: false; problem: string };

const probe = `
import glob, json, os, sys, sysconfig
paths = sysconfig.get_paths()
stdlib = sorted({os.path.realpath(paths[k]) for k in ('stdlib', 'platstdlib')})
site = sorted({os.path.realpath(p) for p in (paths['purelib'], paths['platlib'], '/usr/lib/python3/dist-packages')})
print(json.dumps({
  'executable': os.path.realpath(sys.executable),
  'version': sys.version.split()[0],
  'supported': sys.version_info >= (3, 11),
  'stdlib': stdlib,
  'sitePackages': [p for p in site if os.path.isdir(p)],
  'extensions': sorted(f for d in stdlib for f in glob.glob(os.path.join(d, 'lib-dynload', '*.so'))),
}))
`;

const fallbackLibraries = ['/lib', '/lib64', '/usr/lib', '/usr/lib64'];

/** Every absolute library path in `ldd` output (file headers and "not a dynamic executable" lines skipped). */
export function parseLdd(output: string): string[] {
  const found = new Set<string>();
  for (const line of output.split('\n')) {
    if (line.endsWith(':')) continue;
    const match = /(?:=>\s*)?(\/\S+)\s+\(0x[0-9a-f]+\)/.exec(line);
    if (match?.[1]) found.add(match[1]);
  }
  return [...found];
}

export async function inspectPython(command: string): Promise<InspectOutcome> {
  const ran = await execFile(command, ['-I', '-S', '-c', probe]);
  if (ran.code === null) {
    return {
      ok: false,
      problem: `Python 3 is not installed (${command}): apt-get install python3 (3.11 or newer)`,
    };
  }
  let info: {
    executable: string;
    version: string;
    supported: boolean;
    stdlib: string[];
    sitePackages: string[];
    extensions: string[];
  };
  try {
    info = JSON.parse(ran.stdout.trim().split('\n').pop() ?? '');
  } catch {
    return { ok: false, problem: `${command} did not run as Python 3: ${ran.stderr.trim().slice(0, 300)}` };
  }
  if (!info.supported) {
    return {
      ok: false,
      problem: `${command} is Python ${info.version}; the sandbox needs Python 3.11 or newer`,
    };
  }
  const ldd = await execFile('ldd', [info.executable, ...info.extensions]);
  const libraries = ldd.code === null ? fallbackLibraries : parseLdd(ldd.stdout);
  return {
    ok: true,
    install: {
      executable: info.executable,
      version: info.version,
      stdlib: info.stdlib,
      libraries,
      sitePackages: info.sitePackages,
    },
  };
}
