/**
 * A classic-BPF seccomp program for bubblewrap's `--seccomp FD`. It stops new processes (fork, vfork, clone
 * without CLONE_THREAD; clone3 answers ENOSYS so the C library falls back to clone for threads), which holds even
 * where RLIMIT_NPROC cannot (bubblewrap running as host root), and it closes kernel interfaces a Python program
 * never needs (namespaces, mounts, ptrace, keyrings, bpf, io_uring, userfaultfd, modules). Threads stay allowed.
 */

const LD_W_ABS = 0x20;
const JEQ_K = 0x15;
const JGE_K = 0x35;
const JSET_K = 0x45;
const RET_K = 0x06;

const RET_KILL_PROCESS = 0x80000000;
const RET_ALLOW = 0x7fff0000;
const retErrno = (errno: number) => 0x00050000 | errno;
const EPERM = 1;
const ENOSYS = 38;
const CLONE_THREAD = 0x00010000;

interface ArchTable {
  audit: number;
  clone: number;
  clone3: number;
  /** x86-64 only: syscall numbers at or above this are the x32 ABI, refused wholesale. */
  x32?: number;
  blocked: number[];
}

const tables: Record<string, ArchTable> = {
  x64: {
    audit: 0xc000003e,
    clone: 56,
    clone3: 435,
    x32: 0x40000000,
    // fork vfork ptrace syslog pivot_root chroot acct mount umount2 swapon swapoff reboot sethostname
    // setdomainname init_module delete_module quotactl kexec_load add_key request_key keyctl unshare
    // perf_event_open fanotify_init name_to_handle_at open_by_handle_at setns process_vm_readv
    // process_vm_writev kcmp finit_module kexec_file_load bpf userfaultfd io_uring_setup io_uring_enter
    // io_uring_register open_tree move_mount fsopen fsconfig fsmount fspick pidfd_getfd mount_setattr
    blocked: [
      57, 58, 101, 103, 155, 161, 163, 165, 166, 167, 168, 169, 170, 171, 175, 176, 179, 246, 248, 249, 250,
      272, 298, 300, 303, 304, 308, 310, 311, 312, 313, 320, 321, 323, 425, 426, 427, 428, 429, 430, 431, 432,
      433, 438, 442,
    ],
  },
  arm64: {
    audit: 0xc00000b7,
    clone: 220,
    clone3: 435,
    // the same calls by the generic syscall table (arm64 has no fork or vfork)
    blocked: [
      117, 116, 41, 51, 89, 40, 39, 224, 225, 142, 161, 162, 105, 106, 60, 104, 217, 218, 219, 97, 241, 262,
      264, 265, 268, 270, 271, 272, 273, 294, 280, 282, 425, 426, 427, 428, 429, 430, 431, 432, 433, 438, 442,
    ],
  },
};

type Jump = 'allow' | 'eperm' | 'enosys' | 'kill' | 'clone' | 'next';
type Op = { code: number; k: number; jt?: Jump; jf?: Jump; label?: Jump };

/** The filter for `arch` (a `process.arch` value), or null where no table exists. */
export function seccompFilter(arch: string = process.arch): Buffer | null {
  const table = tables[arch];
  if (!table) return null;
  const ops: Op[] = [
    { code: LD_W_ABS, k: 4 },
    { code: JEQ_K, k: table.audit, jt: 'next', jf: 'kill' },
    { code: LD_W_ABS, k: 0 },
  ];
  if (table.x32 !== undefined) ops.push({ code: JGE_K, k: table.x32, jt: 'eperm', jf: 'next' });
  ops.push({ code: JEQ_K, k: table.clone3, jt: 'enosys', jf: 'next' });
  ops.push({ code: JEQ_K, k: table.clone, jt: 'clone', jf: 'next' });
  for (const nr of table.blocked) ops.push({ code: JEQ_K, k: nr, jt: 'eperm', jf: 'next' });
  ops.push({ code: RET_K, k: RET_ALLOW, label: 'allow' });
  // seccomp_data.args[0] starts at byte 16; its low 32 bits hold the clone flags on both tables' arches
  ops.push({ code: LD_W_ABS, k: 16, label: 'clone' });
  ops.push({ code: JSET_K, k: CLONE_THREAD, jt: 'next', jf: 'eperm' });
  ops.push({ code: RET_K, k: RET_ALLOW });
  ops.push({ code: RET_K, k: retErrno(EPERM), label: 'eperm' });
  ops.push({ code: RET_K, k: retErrno(ENOSYS), label: 'enosys' });
  ops.push({ code: RET_K, k: RET_KILL_PROCESS, label: 'kill' });

  const at = (label: Jump, from: number) => {
    if (label === 'next') return 0;
    const target = ops.findIndex((op) => op.label === label);
    const offset = target - from - 1;
    if (target < 0 || offset < 0 || offset > 255) throw new Error(`seccomp jump to ${label} out of range`);
    return offset;
  };
  const buffer = Buffer.alloc(ops.length * 8);
  ops.forEach((op, index) => {
    buffer.writeUInt16LE(op.code, index * 8);
    buffer.writeUInt8(op.jt ? at(op.jt, index) : 0, index * 8 + 2);
    buffer.writeUInt8(op.jf ? at(op.jf, index) : 0, index * 8 + 3);
    buffer.writeUInt32LE(op.k >>> 0, index * 8 + 4);
  });
  return buffer;
}
