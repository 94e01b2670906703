#!/usr/bin/env bash
# Builds the images the chart uses on this cluster, without Docker and without any registry:
# a Debian bookworm root filesystem from debootstrap, plus per image
#   learnflow:<appVersion>                 Node 20 (the host's node binary) + the app + the web build
#   learnflow-code-execution:<appVersion>  the app image + python3 + bubblewrap
#   learnflow-kafka:<kafka version>        Java 17 (Debian) + the Kafka jars from Maven Central
#   learnflow-postgres:15                  PostgreSQL 15 (Debian)
#   learnflow-pause:1                      the pod sandbox image (a static Go program)
# each packed as an OCI archive under $CACHE/images and, with --import, loaded into containerd.
# An image is rebuilt only when its inputs change (the app's: the checked-out files).
#
#   deploy/cluster/images.sh [--import]
# shellcheck source=deploy/cluster/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
[[ $(id -u) == 0 ]] || die "images.sh needs root (debootstrap and chroot)"
need debootstrap "apt-get install debootstrap"
need mvn "apt-get install maven (it fetches the Kafka jars)"
need go "install Go (it builds the pause program)"
need node "install Node 20 (npm ci of the app's production dependencies)"
IMPORT=0
[[ "${1:-}" == --import ]] && IMPORT=1
ROOTFS="$CACHE/rootfs"
DOCKER="$REPO_ROOT/deploy/docker"
MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
mkdir -p "$ROOTFS" "$IMAGES"

# chroot_run DIR COMMAND: runs a shell command in the rootfs with /proc and /dev mounted, unmounting after.
chroot_run() {
  local dir="$1" status=0
  shift
  mount -t proc proc "$dir/proc"
  mount --bind /dev "$dir/dev"
  cp /etc/resolv.conf "$dir/etc/resolv.conf"
  DEBIAN_FRONTEND=noninteractive chroot "$dir" /bin/sh -ec "$*" || status=$?
  umount "$dir/dev" "$dir/proc"
  return $status
}

# fresh NAME: a copy of the base rootfs to add to.
fresh() {
  rm -rf "${ROOTFS:?}/$1"
  cp -a "$ROOTFS/base" "$ROOTFS/$1"
}

# pack NAME REF CONFIG_JSON: strips apt's caches and writes $IMAGES/NAME.tar.
pack() {
  local dir="$ROOTFS/$1"
  rm -rf "$dir"/var/lib/apt/lists/* "$dir"/var/cache/apt/*.bin "$dir"/var/cache/apt/archives/*.deb
  if [[ -d "$dir/etc" ]]; then : >"$dir/etc/resolv.conf"; fi
  python3 "$CLUSTER_DIR/oci-archive.py" "$dir" "$2" "$IMAGES/$1.tar" --config "$3"
}

# up_to_date NAME KEY: true when $IMAGES/NAME.tar was built from inputs hashed to KEY.
up_to_date() { [[ -f "$IMAGES/$1.tar" && "$(cat "$IMAGES/$1.key" 2>/dev/null)" == "$2" ]]; }
done_with() { printf '%s\n' "$2" >"$IMAGES/$1.key"; }
key_of() { cat "$@" | sha256sum | cut -c1-16; }

APP_TAG="$(sed -n 's/^appVersion: *"\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "$REPO_ROOT/deploy/helm/learnflow/Chart.yaml")"
KAFKA_VERSION="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$REPO_ROOT/scripts/kafka/pom.xml")"
started=$SECONDS

if [[ ! -f "$ROOTFS/base/.done" ]]; then
  step "base: debootstrap --variant=minbase bookworm (~60 s, once)"
  rm -rf "$ROOTFS/base"
  nice -n 19 debootstrap --variant=minbase --include=ca-certificates,curl,netcat-openbsd bookworm \
    "$ROOTFS/base" "$MIRROR" >"$CACHE/debootstrap.log" 2>&1 ||
    die "debootstrap failed (is $MIRROR reachable?); the log is $CACHE/debootstrap.log"
  rm -rf "$ROOTFS/base"/var/cache/apt/archives/*.deb "$ROOTFS/base"/var/lib/apt/lists/*
  touch "$ROOTFS/base/.done"
fi

key="$(key_of "$DOCKER/pause/pause.go")"
if ! up_to_date pause "$key"; then
  step "learnflow-pause:1"
  rm -rf "$ROOTFS/pause" && mkdir -p "$ROOTFS/pause"
  (cd "$DOCKER/pause" && CGO_ENABLED=0 GOCACHE="$CACHE/go-build" GOFLAGS="" GO111MODULE=off \
    go build -trimpath -ldflags "-s -w" -o "$ROOTFS/pause/pause" pause.go) || die "building the pause program failed"
  pack pause docker.io/library/learnflow-pause:1 '{"Entrypoint":["/pause"]}'
  done_with pause "$key"
fi

key="$(key_of "$DOCKER/postgres/postgres-start.sh")"
if ! up_to_date postgres "$key"; then
  step "learnflow-postgres:15 (apt-get install postgresql-15 in the rootfs)"
  fresh postgres
  cp "$DOCKER/postgres/postgres-start.sh" "$ROOTFS/postgres/usr/local/bin/"
  chroot_run "$ROOTFS/postgres" '
    groupadd -g 999 postgres && useradd -u 999 -g 999 -d /var/lib/postgresql -s /bin/bash postgres
    mkdir -p /etc/postgresql-common && echo "create_main_cluster = false" >/etc/postgresql-common/createcluster.conf
    apt-get update -qq && apt-get install -y -qq --no-install-recommends postgresql-15 >/dev/null
    mkdir -p /var/run/postgresql /var/lib/postgresql/data && chown -R 999:999 /var/run/postgresql /var/lib/postgresql' ||
    die "installing PostgreSQL in the rootfs failed"
  pack postgres docker.io/library/learnflow-postgres:15 \
    '{"Entrypoint":["/usr/local/bin/postgres-start.sh"],"User":"999:999","Env":["PATH=/usr/lib/postgresql/15/bin:/usr/local/bin:/usr/bin:/bin","LANG=C.UTF-8"]}'
  done_with postgres "$key"
fi

key="$(key_of "$DOCKER"/kafka/* "$REPO_ROOT/scripts/kafka/pom.xml")"
if ! up_to_date kafka "$key"; then
  step "learnflow-kafka:$KAFKA_VERSION (Java 17 + the Kafka jars from Maven Central)"
  libs="$CACHE/kafka/libs-$KAFKA_VERSION"
  if [[ ! -f "$libs/.done" ]]; then
    info "mvn dependency:copy-dependencies (kafka_2.13, kafka-tools $KAFKA_VERSION)"
    rm -rf "$libs" && mkdir -p "$CACHE/kafka"
    mvn -B -q -Dstyle.color=never -f "$DOCKER/kafka/pom.xml" -Dkafka.version="$KAFKA_VERSION" -Dlibs.dir="$libs" \
      dependency:copy-dependencies >"$CACHE/kafka/maven.log" 2>&1 || die "Maven could not fetch the Kafka jars; see $CACHE/kafka/maven.log"
    touch "$libs/.done"
  fi
  fresh kafka
  mkdir -p "$ROOTFS/kafka/opt/kafka/bin" "$ROOTFS/kafka/opt/kafka/config" "$ROOTFS/kafka/opt/kafka/libs"
  cp "$libs"/*.jar "$ROOTFS/kafka/opt/kafka/libs/"
  cp "$DOCKER/kafka/kafka-start.sh" "$DOCKER/kafka/kafka-tool.sh" "$ROOTFS/kafka/opt/kafka/bin/"
  for tool in kafka-topics.sh kafka-consumer-groups.sh kafka-storage.sh; do ln -s kafka-tool.sh "$ROOTFS/kafka/opt/kafka/bin/$tool"; done
  cp "$DOCKER/kafka/log4j2.properties" "$DOCKER/kafka/tools-log4j2.properties" "$ROOTFS/kafka/opt/kafka/config/"
  chroot_run "$ROOTFS/kafka" '
    mkdir -p /usr/share/man/man1
    apt-get update -qq && apt-get install -y -qq --no-install-recommends openjdk-17-jre-headless >/dev/null
    groupadd -g 1000 appuser && useradd -u 1000 -g 1000 -d /home/appuser -m appuser
    mkdir -p /var/lib/kafka/data && chown -R 1000:1000 /var/lib/kafka' || die "installing Java 17 in the rootfs failed"
  pack kafka "docker.io/library/learnflow-kafka:$KAFKA_VERSION" \
    '{"Entrypoint":["/opt/kafka/bin/kafka-start.sh"],"User":"1000:1000","Env":["PATH=/opt/kafka/bin:/usr/local/bin:/usr/bin:/bin","LANG=C.UTF-8"]}'
  done_with kafka "$key"
fi

# The app: the checked-out files (as the Dockerfile's context would send them), production
# node_modules from npm ci, and the web app's build.
# app_files: the files of the app image, NUL-separated (what deploy/Dockerfile.dockerignore lets in).
app_files() {
  git -C "$REPO_ROOT" ls-files -co --exclude-standard -z |
    grep -zv -E '^(\.ci|bench|deploy/test|deploy/helm|deploy/cluster|deploy/docker|skills|docs)/'
}
app_key="$(cd "$REPO_ROOT" && app_files | xargs -0 sha256sum | sha256sum | cut -c1-16)"
if ! up_to_date app "$app_key"; then
  step "learnflow:$APP_TAG (Node 20 + the app)"
  info "web app: npm run build:web"
  (cd "$REPO_ROOT" && nice -n 19 npm run build:web >"$CACHE/web-build.log" 2>&1) || die "npm run build:web failed; see $CACHE/web-build.log"
  fresh app
  info "app files and npm ci --omit=dev"
  mkdir -p "$ROOTFS/app/app"
  (cd "$REPO_ROOT" && app_files | tar --null -T - -cf -) | tar -C "$ROOTFS/app/app" -xf -
  cp -a "$REPO_ROOT/apps/web/dist" "$ROOTFS/app/app/apps/web/dist"
  (cd "$ROOTFS/app/app" && npm ci --omit=dev --no-audit --no-fund --prefer-offline >"$CACHE/app-npm.log" 2>&1) ||
    die "npm ci --omit=dev failed; see $CACHE/app-npm.log"
  rm -rf "$ROOTFS/app/app/node_modules/.cache"
  # The host's Node 20 (bookworm's own nodejs is 18): one binary needing only libc and libstdc++.
  install -m 755 "$(command -v node)" "$ROOTFS/app/usr/local/bin/node"
  chroot_run "$ROOTFS/app" '
    groupadd -g 1000 node && useradd -u 1000 -g 1000 -d /home/node -m node
    chown -R 0:0 /app && node --version >/dev/null' || die "installing Node in the rootfs failed"
  app_config='"Env":["PATH=/usr/local/bin:/usr/bin:/bin","NODE_ENV=production","LEARNFLOW_HOST=0.0.0.0","LEARNFLOW_DATA_DIR=/tmp/learnflow","MALLOC_ARENA_MAX=2","NODE_OPTIONS=--enable-source-maps"],"WorkingDir":"/app","User":"1000:1000","Entrypoint":["node","apps/cli/bin/learnflow.js"]'
  step "learnflow-code-execution:$APP_TAG (the app + python3 + bubblewrap)"
  rm -rf "$ROOTFS/code-execution" && cp -a "$ROOTFS/app" "$ROOTFS/code-execution"
  chroot_run "$ROOTFS/code-execution" '
    apt-get update -qq && apt-get install -y -qq --no-install-recommends python3 bubblewrap >/dev/null
    python3 --version >/dev/null && bwrap --version >/dev/null' || die "installing python3 and bubblewrap failed"
  pack app "docker.io/library/learnflow:$APP_TAG" "{$app_config,\"Cmd\":[\"serve\",\"api-gateway\"]}"
  pack code-execution "docker.io/library/learnflow-code-execution:$APP_TAG" "{$app_config,\"Cmd\":[\"serve\",\"code-execution\"]}"
  done_with app "$app_key"
  done_with code-execution "$app_key"
fi
step "images ready in $((SECONDS - started)) s under $IMAGES"

if [[ $IMPORT == 1 ]]; then
  need ctr "apt-get install containerd"
  step "importing into containerd (namespace k8s.io)"
  mkdir -p "$STATE/imported"
  for name in pause postgres kafka app code-execution; do
    if cmp -s "$IMAGES/$name.key" "$STATE/imported/$name.key"; then
      info "$name: already imported"
      continue
    fi
    ctr --address "$STATE/containerd/containerd.sock" -n k8s.io images import "$IMAGES/$name.tar" >/dev/null ||
      die "ctr images import $IMAGES/$name.tar failed (is containerd running? deploy/cluster/up.sh starts it)"
    cp "$IMAGES/$name.key" "$STATE/imported/$name.key"
    info "$name imported"
  done
fi
