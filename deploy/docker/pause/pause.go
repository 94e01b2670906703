// The pod sandbox ("pause") image's only program: it holds the pod's namespaces, reaps the
// children that get reparented to it, and exits on SIGINT or SIGTERM. Built static by
// deploy/cluster/images.sh, since no registry serves registry.k8s.io/pause here.
package main

import (
	"os"
	"os/signal"
	"syscall"
)

func main() {
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, syscall.SIGINT, syscall.SIGTERM, syscall.SIGCHLD)
	for s := range signals {
		if s != syscall.SIGCHLD {
			os.Exit(0)
		}
		for {
			pid, err := syscall.Wait4(-1, nil, syscall.WNOHANG, nil)
			if pid <= 0 || err != nil {
				break
			}
		}
	}
}
