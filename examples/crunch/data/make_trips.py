#!/usr/bin/env python3
"""Writes trips.csv: 2000 synthetic taxi trips (distance, duration, fare), seed 7.

fare = 3.00 + 1.80 * distance_km + 0.35 * minutes + noise, the relation the example fits back.
"""
import random

rng = random.Random(7)
with open("trips.csv", "w") as f:
    f.write("distance_km,minutes,fare\n")
    for _ in range(2000):
        distance = round(rng.lognormvariate(1.2, 0.6), 2)
        minutes = round(max(2.0, distance * rng.uniform(2.0, 4.5) + rng.gauss(3.0, 1.5)), 1)
        fare = round(3.00 + 1.80 * distance + 0.35 * minutes + rng.gauss(0.0, 0.8), 2)
        f.write(f"{distance},{minutes},{fare}\n")
