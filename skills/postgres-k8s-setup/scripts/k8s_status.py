"""Small kubectl helpers shared by the verify scripts (Python standard library only).

The same file sits in each skill's scripts/ so a skill can be copied alone; deploy/test/run.sh
checks the copies are identical. Output is always a few short lines, never logs.
"""
import json
import os
import shutil
import subprocess

KUBECTL = os.environ.get("KUBECTL", "kubectl")


class KubectlError(Exception):
    """kubectl is missing, the cluster does not answer, or a command failed."""


def kubectl(*args, timeout=30):
    """Runs kubectl and returns stdout; raises KubectlError with the first line of stderr."""
    if shutil.which(KUBECTL) is None:
        raise KubectlError(f"{KUBECTL} not found on PATH")
    try:
        done = subprocess.run([KUBECTL, *args], capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired as error:
        raise KubectlError(f"kubectl {' '.join(args[:2])} timed out after {timeout}s") from error
    if done.returncode != 0:
        first = (done.stderr.strip().splitlines() or ["exit code %d" % done.returncode])[0]
        raise KubectlError(first[:160])
    return done.stdout


def kubectl_json(*args, timeout=30):
    out = kubectl(*args, "-o", "json", timeout=timeout)
    try:
        return json.loads(out)
    except json.JSONDecodeError as error:
        raise KubectlError(f"kubectl {' '.join(args[:2])}: not JSON") from error


def pods(namespace, selector):
    return kubectl_json("get", "pods", "-n", namespace, "-l", selector).get("items", [])


def pod_problem(pod):
    """None when the pod is Running with every container ready, else a short reason."""
    status = pod.get("status", {})
    phase = status.get("phase", "Unknown")
    containers = status.get("initContainerStatuses", []) + status.get("containerStatuses", [])
    for container in containers:
        waiting = container.get("state", {}).get("waiting")
        if waiting and waiting.get("reason") not in (None, "PodInitializing", "ContainerCreating"):
            reason = waiting["reason"]
            hint = HINTS.get(reason, "")
            restarts = container.get("restartCount", 0)
            extra = f", {restarts} restarts" if restarts else ""
            return f"{container.get('name')} {reason}{extra}{hint}"
        terminated = container.get("state", {}).get("terminated")
        if terminated and terminated.get("reason") == "OOMKilled":
            return f"{container.get('name')} OOMKilled (raise its memory limit)"
    if phase == "Pending":
        for condition in status.get("conditions", []):
            if condition.get("type") == "PodScheduled" and condition.get("status") == "False":
                message = condition.get("message", "")
                if "PersistentVolumeClaim" in message:
                    return "Pending: PVC not bound (no default StorageClass? `minikube addons enable storage-provisioner`)"
                if "Insufficient" in message:
                    return "Pending: " + message.split(". ")[0].split(": ")[-1][:80]
                return "Pending: " + message[:90]
        return "Pending"
    if phase != "Running":
        return phase
    not_ready = [c.get("name") for c in status.get("containerStatuses", []) if not c.get("ready")]
    if not_ready:
        return "Running, not ready: " + ", ".join(not_ready)
    return None


HINTS = {
    "ImagePullBackOff": " (image not on the node? `minikube image load <image>`)",
    "ErrImagePull": " (image not on the node? `minikube image load <image>`)",
    "ErrImageNeverPull": " (image not on the node: `minikube image load <image>`)",
    "CrashLoopBackOff": "",
    "CreateContainerConfigError": " (a Secret or ConfigMap it needs is missing)",
}


def pods_line(component, items, expected=None):
    """'<component>: 1/1 pods Running' plus the first problem, and whether all are healthy."""
    problems = [(p["metadata"]["name"], pod_problem(p)) for p in items]
    healthy = sum(1 for _, problem in problems if problem is None)
    total = expected if expected is not None else len(items)
    line = f"{component}: {healthy}/{total} pods Running"
    bad = [(name, problem) for name, problem in problems if problem]
    if bad:
        line += f"; {bad[0][0]}: {bad[0][1]}"
        if len(bad) > 1:
            line += f" (+{len(bad) - 1} more)"
    return line, healthy == total and total > 0


def default_namespace():
    return os.environ.get("LEARNFLOW_NAMESPACE", "learnflow")
