"""M/M/c in SimPy 2.3.1 (Debian's python3-simpy), the speed anchor of `npm run bench`.

Usage: python3 simpy-mmc.py SERVERS INTERARRIVAL_MEAN SERVICE_MEAN HORIZON SEED
Customers arrive at random, wait for one of SERVERS desks, are served and leave; the script keeps
running sums of the waits and times in system (constant memory, cheaper than SimPy's Monitors, so
the anchor is if anything flattered) and prints customers served, mean wait and mean time in system
as JSON. Written the way SimPy 2's manual writes such a model: a source process and a process per
customer that requests the desk, holds for its service and releases it.
"""
import json
import random
import sys

from SimPy.Simulation import Process, Resource, activate, hold, initialize, now, release, request, simulate


class Stats:
    served = 0
    wait = 0.0
    time_in_system = 0.0


class Customer(Process):
    def visit(self, desks, service_mean, stats):
        arrived = now()
        yield request, self, desks
        stats.wait += now() - arrived
        yield hold, self, random.expovariate(1.0 / service_mean)
        yield release, self, desks
        stats.served += 1
        stats.time_in_system += now() - arrived


class Source(Process):
    def generate(self, desks, interarrival_mean, service_mean, stats):
        while True:
            yield hold, self, random.expovariate(1.0 / interarrival_mean)
            c = Customer()
            activate(c, c.visit(desks, service_mean, stats))


def main():
    servers, interarrival_mean, service_mean, horizon, seed = sys.argv[1:6]
    random.seed(int(seed))
    stats = Stats()
    initialize()
    desks = Resource(capacity=int(servers), name="desks")
    source = Source()
    activate(source, source.generate(desks, float(interarrival_mean), float(service_mean), stats))
    simulate(until=float(horizon))
    print(json.dumps({
        "served": stats.served,
        "meanWait": stats.wait / max(1, stats.served),
        "meanTimeInSystem": stats.time_in_system / max(1, stats.served),
    }))


main()
