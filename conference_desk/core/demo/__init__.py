"""The demo conference: ICLC 2015 with a generated population.

A thin package: ``generator.populate_demo`` runs the demos that live beside
their capabilities (people, hotels, interpreters, programme) in order.
"""
