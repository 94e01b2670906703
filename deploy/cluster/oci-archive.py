#!/usr/bin/env python3
"""Packs a root filesystem directory as a one-layer OCI image archive that
`ctr -n k8s.io images import` accepts (no registry, no Docker).

  oci-archive.py ROOTFS NAME OUT.tar --config '{"Entrypoint": [...], "User": "1000:1000", ...}'
"""
import argparse
import hashlib
import io
import json
import os
import subprocess
import tarfile
import tempfile


def blob(layout: str, data: bytes) -> str:
    digest = hashlib.sha256(data).hexdigest()
    with open(os.path.join(layout, "blobs", "sha256", digest), "wb") as f:
        f.write(data)
    return digest


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("rootfs")
    parser.add_argument("name", help="image reference, e.g. docker.io/library/learnflow:0.1.0")
    parser.add_argument("out")
    parser.add_argument("--config", default="{}", help="the image config (Entrypoint, Cmd, Env, User, WorkingDir)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(dir=os.path.dirname(os.path.abspath(args.out))) as layout:
        os.makedirs(os.path.join(layout, "blobs", "sha256"))
        layer_path = os.path.join(layout, "layer.tar")
        # GNU tar keeps owners, modes, links and device nodes as they are in the rootfs.
        subprocess.run(
            ["tar", "--numeric-owner", "--xattrs", "-C", args.rootfs, "-cf", layer_path, "."], check=True
        )
        sha = hashlib.sha256()
        with open(layer_path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                sha.update(chunk)
        layer_digest = sha.hexdigest()
        layer_size = os.path.getsize(layer_path)
        os.rename(layer_path, os.path.join(layout, "blobs", "sha256", layer_digest))

        config = {
            "architecture": "amd64",
            "os": "linux",
            "config": json.loads(args.config),
            "rootfs": {"type": "layers", "diff_ids": [f"sha256:{layer_digest}"]},
        }
        config_bytes = json.dumps(config).encode()
        config_digest = blob(layout, config_bytes)
        manifest = {
            "schemaVersion": 2,
            "mediaType": "application/vnd.oci.image.manifest.v1+json",
            "config": {
                "mediaType": "application/vnd.oci.image.config.v1+json",
                "digest": f"sha256:{config_digest}",
                "size": len(config_bytes),
            },
            "layers": [
                {
                    "mediaType": "application/vnd.oci.image.layer.v1.tar",
                    "digest": f"sha256:{layer_digest}",
                    "size": layer_size,
                }
            ],
        }
        manifest_bytes = json.dumps(manifest).encode()
        manifest_digest = blob(layout, manifest_bytes)
        index = {
            "schemaVersion": 2,
            "mediaType": "application/vnd.oci.image.index.v1+json",
            "manifests": [
                {
                    "mediaType": "application/vnd.oci.image.manifest.v1+json",
                    "digest": f"sha256:{manifest_digest}",
                    "size": len(manifest_bytes),
                    "platform": {"architecture": "amd64", "os": "linux"},
                    "annotations": {
                        "io.containerd.image.name": args.name,
                        "org.opencontainers.image.ref.name": args.name.rsplit(":", 1)[1],
                    },
                }
            ],
        }
        with open(os.path.join(layout, "index.json"), "w") as f:
            json.dump(index, f)
        with open(os.path.join(layout, "oci-layout"), "w") as f:
            json.dump({"imageLayoutVersion": "1.0.0"}, f)
        with tarfile.open(args.out + ".part", "w") as out:
            for entry in ("oci-layout", "index.json", "blobs"):
                out.add(os.path.join(layout, entry), arcname=entry)
        os.rename(args.out + ".part", args.out)
    print(f"    {args.name}: {layer_size / 2**20:.0f} MiB -> {args.out}")


if __name__ == "__main__":
    main()
