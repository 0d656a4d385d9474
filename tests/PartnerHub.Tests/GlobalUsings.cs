global using PiedmontSystem.TestInfrastructure;
