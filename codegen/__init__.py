"""The generation pipeline: openapi.yaml -> its generator view -> openapi-python-client -> resources (make generate)."""
